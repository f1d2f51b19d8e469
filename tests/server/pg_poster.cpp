// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// One till as a process of its own, for tests/server/test_server_processes:
// signs in to a server company and posts five-line sales through the
// services, as a workstation would.
//
//   stockbook_pg_poster URL USER SALES TILL CUSTOMER WAREHOUSE PRODUCT...
//
// The password is read from standard input (one line), never from the
// arguments or the environment. SALES drafts are made and posted; a post the
// service refuses with Conflict is tried again. The last line printed is
// "posted=N refused=M failed=K": posted, refused for want of stock, and
// anything else (each also told on standard error). The exit code is 0 when
// the till could sign in, whatever the sales gave.
#include "Result.h"
#include "domain/Invoice.h"
#include "security/keys/SecretBytes.h"
#include "services/CompanySession.h"
#include "services/accounts/CompanyService.h"
#include "services/invoices/InvoiceService.h"

#include <QCoreApplication>
#include <QDate>

#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

using namespace stockbook;

namespace {

constexpr int MaxTries = 50;
constexpr int LinesPerSale = 5;

void tell(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

// One line from standard input, into wiped memory.
SecretBytes readPassword()
{
    std::vector<std::uint8_t> buffer;
    buffer.reserve(256);
    for (int c = std::fgetc(stdin); c != EOF && c != '\n'; c = std::fgetc(stdin))
        buffer.push_back(static_cast<std::uint8_t>(c));
    if (!buffer.empty() && buffer.back() == '\r')
        buffer.pop_back();
    SecretBytes password = SecretBytes::copyOf(buffer);
    if (!buffer.empty())
        SecretBytes::cleanse(buffer.data(), buffer.size());
    return password;
}

// Calls work until it gives anything but Conflict (another workstation's
// change in the way: nothing was saved, so the same call may go again).
template <typename Work>
auto retryingConflicts(Work work) -> decltype(work())
{
    auto result = work();
    for (int tries = 1; !result.ok() && result.error().code == ErrorCode::Conflict && tries < MaxTries;
         ++tries) {
        std::this_thread::sleep_for(std::chrono::milliseconds(5 * tries));
        result = work();
    }
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 7 + LinesPerSale) {
        tell(QStringLiteral("usage: stockbook_pg_poster URL USER SALES TILL CUSTOMER WAREHOUSE PRODUCT... "
                            "(at least %1 products; the password on standard input)")
                 .arg(LinesPerSale));
        return 2;
    }
    const QString url = args.at(1);
    const QString user = args.at(2);
    const int sales = args.at(3).toInt();
    const int till = args.at(4).toInt();
    const qint64 customer = args.at(5).toLongLong();
    const qint64 warehouse = args.at(6).toLongLong();
    QList<qint64> products;
    for (qsizetype i = 7; i < args.size(); ++i)
        products << args.at(i).toLongLong();

    std::unique_ptr<CompanySession> company;
    {
        const SecretBytes password = readPassword();
        auto signedIn = CompanyService::signIn(url, user, password);
        if (!signedIn.ok()) {
            tell(QStringLiteral("sign-in failed: ") + signedIn.error().message);
            return 1;
        }
        company = std::move(signedIn).value();
    }
    InvoiceService invoices(*company);

    int posted = 0;
    int refused = 0;
    int failed = 0;
    const auto count = products.size();
    for (int n = 0; n < sales; ++n) {
        InvoiceDraft d;
        d.type = InvoiceType::Sale;
        d.partnerId = customer;
        d.warehouseId = warehouse;
        d.issueDate = QDate(2026, 3, 10);
        // Five different products, starting at a place that moves with the
        // till and the sale, 1 to 3 pieces each: the tills overlap on every
        // product.
        for (int k = 0; k < LinesPerSale; ++k) {
            InvoiceLineInput line;
            line.productId = products.at((till + n + k) % count);
            line.quantity = 1000 * (1 + (till + 2 * n + k) % 3);
            d.lines << line;
        }
        auto draft = retryingConflicts([&] { return invoices.createDraft(d); });
        if (!draft.ok()) {
            ++failed;
            tell(QStringLiteral("draft %1: %2").arg(n).arg(draft.error().message));
            continue;
        }
        const qint64 id = draft->id;
        auto post = retryingConflicts([&] { return invoices.post(id); });
        if (post.ok()) {
            ++posted;
        } else if (post.error().code == ErrorCode::InsufficientStock) {
            ++refused;
        } else {
            ++failed;
            tell(QStringLiteral("post %1: %2").arg(n).arg(post.error().message));
        }
    }
    std::printf("posted=%d refused=%d failed=%d\n", posted, refused, failed);
    std::fflush(stdout);
    return 0;
}
