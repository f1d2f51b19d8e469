// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors

// Two workstations on one server company: when the second posts a sale, the
// first's open invoice and stock lists read again by themselves (the server's
// NOTIFY stockbook_changed, services/changes/ChangeNotifier).
#include "CompanyFixture.h"
#include "InvoiceTestData.h"
#include "Wait.h"
#include "models/InvoiceListModel.h"
#include "models/StockModels.h"
#include "services/changes/ChangeNotifier.h"
#include "services/invoices/InvoiceService.h"

#include <QSignalSpy>
#include <QTest>

using namespace stockbook;
using namespace stockbook::test;

TEST_CASE("a sale posted on a second workstation shows in the first one's invoice and stock lists")
{
    qputenv("STOCKBOOK_TEST_ENGINE", "postgres");
    TestCompany tc;
    REQUIRE(tc.cluster);
    ShopData data{tc};
    const qint64 alice = data.customer(QStringLiteral("Alice"));
    const qint64 tea = data.product(QStringLiteral("TEA"), 450, 200);
    data.stock(tea, ShopData::Main, 10'000); // 10 pieces

    // The first workstation: its lists open, listening for changes.
    ChangeNotifier notifier(*tc.company);
    REQUIRE(notifier.isListening());
    InvoiceListModel invoices(*tc.company);
    StockMovementModel movements(*tc.company);
    notifier.refreshOnChange(&invoices, QStringLiteral("invoices"));
    notifier.refreshOnChange(&movements, QStringLiteral("stock"));
    QTest::qWait(300); // the seeding's own notifications pass
    invoices.refresh();
    movements.refresh();
    REQUIRE(invoices.rowCount() == 0);
    const int movementsBefore = movements.rowCount();
    REQUIRE(movementsBefore == 1); // the seeded 10 pieces
    QSignalSpy invoiceSignals(&notifier, &ChangeNotifier::invoicesChanged);
    QSignalSpy stockSignals(&notifier, &ChangeNotifier::stockChanged);

    // The second workstation: its own sign-in and connection.
    auto second = CompanyService::signIn(tc.path, QStringLiteral("anna"), TestCompany::password());
    REQUIRE_OK(second);
    std::unique_ptr<CompanySession> other = std::move(second).value();
    other->session().setMustChangePassword(false);
    InvoiceService service(*other);
    InvoiceDraft d;
    d.type = InvoiceType::Sale;
    d.partnerId = alice;
    d.warehouseId = ShopData::Main;
    d.issueDate = QDate(2026, 3, 10);
    InvoiceLineInput line;
    line.productId = tea;
    line.quantity = 2000; // 2 pieces
    d.lines = {line};
    auto draft = service.createDraft(d);
    REQUIRE_OK(draft);
    REQUIRE_OK(service.post(draft->id));

    // Nothing read them again by hand: the model's count is cached until a refresh.
    REQUIRE_EVENTUALLY(invoices.rowCount() == 1);
    REQUIRE_EVENTUALLY(movements.rowCount() == 2); // the seeded stock and the sale's 2 pieces out
    REQUIRE(invoiceSignals.count() >= 1);
    REQUIRE(stockSignals.count() >= 1);
}

TEST_CASE("a company file has no server to listen to")
{
    qunsetenv("STOCKBOOK_TEST_ENGINE");
    TestCompany tc;
    REQUIRE_FALSE(tc.cluster);
    ChangeNotifier notifier(*tc.company);
    REQUIRE_FALSE(notifier.isListening());
}
