// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "CliSupport.h"
#include "Commands.h"

#include "InvoiceSheet.h"
#include "domain/Money.h"
#include "services/invoices/InvoiceService.h"
#include "services/payments/PaymentService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace stockbook::cli {

namespace {

double major(qint64 minor)
{
    return static_cast<double>(minor) / 100.0;
}

double units(qint64 thousandths)
{
    return static_cast<double>(thousandths) / 1000.0;
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray())
                                              : QJsonDocument(value.toObject());
    printLine(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
}

QJsonObject invoiceJson(const Invoice &inv)
{
    QJsonArray lines;
    for (const InvoiceLine &l : inv.lines)
        lines.append(
            QJsonObject{{QStringLiteral("line_no"), l.lineNo},
                        {QStringLiteral("sku"), l.sku},
                        {QStringLiteral("description"), l.description},
                        {QStringLiteral("unit"), l.unit},
                        {QStringLiteral("quantity"), units(l.quantity)},
                        {QStringLiteral("unit_price"), major(l.unitPrice)},
                        {QStringLiteral("discount_percent"), static_cast<double>(l.discountBp) / 100.0},
                        {QStringLiteral("tax_rate_percent"), static_cast<double>(l.taxRateBp) / 100.0},
                        {QStringLiteral("net"), major(l.lineNet)},
                        {QStringLiteral("tax"), major(l.lineTax)},
                        {QStringLiteral("total"), major(l.lineTotal)}});
    return QJsonObject{{QStringLiteral("id"), inv.id},
                       {QStringLiteral("number"), inv.number},
                       {QStringLiteral("type"), invoiceTypeName(inv.type)},
                       {QStringLiteral("status"), invoiceStatusName(inv.status)},
                       {QStringLiteral("issue_date"), inv.issueDate.toString(Qt::ISODate)},
                       {QStringLiteral("due_date"), inv.dueDate.toString(Qt::ISODate)},
                       {QStringLiteral("partner"), inv.partnerName},
                       {QStringLiteral("partner_id"), inv.partnerId},
                       {QStringLiteral("warehouse"), inv.warehouseCode},
                       {QStringLiteral("prices_include_tax"), inv.pricesIncludeTax},
                       {QStringLiteral("currency"), inv.currency},
                       {QStringLiteral("subtotal"), major(inv.subtotal)},
                       {QStringLiteral("tax"), major(inv.taxAmount)},
                       {QStringLiteral("total"), major(inv.totalAmount)},
                       {QStringLiteral("paid"), major(inv.paidAmount)},
                       {QStringLiteral("credited"), major(inv.creditedAmount)},
                       {QStringLiteral("balance"), major(inv.balance())},
                       {QStringLiteral("void_reason"), inv.voidReason},
                       {QStringLiteral("lines"), lines}};
}

class InvoiceCreateCommand : public SignedInCommand {
    const QCommandLineOption type{QStringLiteral("type"), tr("sale or purchase."), QStringLiteral("TYPE")};
    const QCommandLineOption partner{QStringLiteral("partner"), tr("The customer or supplier: e-mail or id."),
                                     QStringLiteral("EMAIL|ID")};
    const QCommandLineOption warehouse{QStringLiteral("warehouse"), tr("The warehouse code."),
                                       QStringLiteral("CODE")};
    const QCommandLineOption line{QStringLiteral("line"),
                                  tr("A line: SKU:QTY[:PRICE[:DISCOUNT]] (discount in %)."),
                                  QStringLiteral("SPEC")};
    const QCommandLineOption post{QStringLiteral("post"), tr("Post the invoice at once.")};
    struct Spec {
        QString sku;
        qint64 qty;
        std::optional<qint64> price;
        qint64 discount;
    };
    QString typeText;
    QList<Spec> specs;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli invoice create --type sale|purchase --partner EMAIL|ID --warehouse "
            "CODE --line SKU:QTY[:PRICE[:DISCOUNT]] [--line ...] [--post] --db PATH --user NAME "
            "[--password-stdin]");
    }
    void addOptions() override
    {
        parser.addOptions(
            {common.db, common.user, common.passwordStdin, type, partner, warehouse, line, post});
        parser.addPositionalArgument(QStringLiteral("create"), tr("create"));
    }
    QString missingSignIn() const override { return tr("The command needs --db and --user."); }

    int check() override
    {
        typeText = parser.value(type);
        if (typeText != QLatin1String("sale") && typeText != QLatin1String("purchase"))
            return usage(tr("--type must be sale or purchase."));
        if (!parser.isSet(partner) || !parser.isSet(warehouse) || parser.values(line).isEmpty())
            return usage(tr("invoice create needs --partner, --warehouse and at least one --line."));
        for (const QString &text : parser.values(line)) {
            const QStringList parts = text.split(QLatin1Char(':'));
            if (parts.size() < 2 || parts.size() > 4 || parts.at(0).trimmed().isEmpty())
                return usage(tr("A line is SKU:QTY[:PRICE[:DISCOUNT]], not %1.").arg(text));
            const auto qty = parseQuantity(parts.at(1));
            if (!qty)
                return usage(tr("The quantity in %1 is not a number with at most 3 decimals.").arg(text));
            Spec s{parts.at(0).trimmed(), *qty, std::nullopt, 0};
            if (parts.size() >= 3 && !parts.at(2).isEmpty()) {
                const auto price = parseMoney(parts.at(2));
                if (!price)
                    return usage(tr("The price in %1 is not an amount with at most 2 decimals.").arg(text));
                s.price = *price;
            }
            if (parts.size() == 4) {
                const auto discount = parsePercent(parts.at(3));
                if (!discount)
                    return usage(tr("The discount in %1 is not a percentage.").arg(text));
                s.discount = *discount;
            }
            specs.append(s);
        }
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        InvoiceService invoices(company);
        InvoiceDraft draft;
        draft.type = typeText == QLatin1String("sale") ? InvoiceType::Sale : InvoiceType::Purchase;
        auto partnerId = invoices.partnerId(draft.type, parser.value(partner));
        if (!partnerId.ok())
            return fail(partnerId.error());
        draft.partnerId = partnerId.value();
        auto warehouseId = invoices.warehouseIdByCode(parser.value(warehouse));
        if (!warehouseId.ok())
            return fail(warehouseId.error());
        draft.warehouseId = warehouseId.value();
        for (const Spec &s : specs) {
            auto product = invoices.productIdBySku(s.sku);
            if (!product.ok())
                return fail(product.error());
            InvoiceLineInput l;
            l.productId = product.value();
            l.quantity = s.qty;
            l.unitPrice = s.price;
            l.discountBp = s.discount;
            draft.lines.append(l);
        }
        auto result = parser.isSet(post) ? invoices.createAndPost(draft) : invoices.createDraft(draft);
        if (!result.ok())
            return fail(result.error());
        if (result->status == InvoiceStatus::Draft)
            printLine(QStringLiteral("Draft: %1").arg(result->id));
        else
            printLine(QStringLiteral("Invoice: %1").arg(result->number));
        return ExitOk;
    }
};

class InvoiceCommand : public SignedInCommand {
public:
    explicit InvoiceCommand(QString name) : action(std::move(name)) { }

private:
    const QString action;
    const QCommandLineOption reason{QStringLiteral("reason"), tr("Why the invoice is voided."),
                                    QStringLiteral("TEXT")};
    const QCommandLineOption format{QStringLiteral("format"), tr("text (default) or json."),
                                    QStringLiteral("FORMAT")};
    const QCommandLineOption limit{QStringLiteral("limit"),
                                   tr("list: at most N invoices, newest first (default 500)."),
                                   QStringLiteral("N"), QStringLiteral("500")};
    const QCommandLineOption outFile{QStringLiteral("out"), tr("pdf: the PDF file to write."),
                                     QStringLiteral("FILE")};
    QStringList positional;
    bool json = false;
    qint64 draftId = 0;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli invoice create|post ID|void NUMBER --reason TEXT|show NUMBER "
            "[--format json]|pdf NUMBER --out FILE [--force]|list [--format json] [--limit N] --db PATH "
            "--user NAME [--password-stdin]");
    }
    void addOptions() override
    {
        parser.addOptions(
            {common.db, common.user, common.passwordStdin, reason, format, limit, outFile, common.force});
        parser.addPositionalArgument(QStringLiteral("action"), tr("create, post, void, show, pdf or list"));
        parser.addPositionalArgument(QStringLiteral("target"),
                                     tr("The draft id (post) or the invoice number."));
    }
    QString missingSignIn() const override { return tr("The command needs --db and --user."); }

    int check() override
    {
        positional = parser.positionalArguments();
        const QStringList actions{QStringLiteral("post"), QStringLiteral("void"), QStringLiteral("show"),
                                  QStringLiteral("pdf"), QStringLiteral("list")};
        if (positional.isEmpty() || !actions.contains(positional.constFirst()))
            return usage(tr("Name the action: create, post, void, show, pdf or list."));
        if (action != QLatin1String("list") && positional.size() != 2)
            return usage(tr("invoice %1 needs the draft id or invoice number.").arg(action));
        if (action == QLatin1String("void") && parser.value(reason).trimmed().isEmpty())
            return usage(tr("invoice void needs --reason TEXT."));
        if (action == QLatin1String("pdf") && parser.value(outFile).trimmed().isEmpty())
            return usage(tr("invoice pdf needs --out FILE."));
        if (action != QLatin1String("pdf") && parser.isSet(common.force))
            return usage(tr("--force applies to invoice pdf only."));
        if (action == QLatin1String("pdf"))
            if (const int allowed = checkOutputFile(parser.value(outFile), parser.isSet(common.force));
                allowed != ExitOk)
                return allowed;
        json = parser.value(format) == QLatin1String("json");
        if (parser.isSet(format) && !json && parser.value(format) != QLatin1String("text"))
            return usage(tr("--format is text or json."));
        bool numeric = false;
        draftId = positional.value(1).toLongLong(&numeric);
        if (action == QLatin1String("post") && !numeric)
            return usage(tr("invoice post needs the draft's id."));

        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        InvoiceService invoices(company);
        if (action == QLatin1String("post")) {
            auto posted = invoices.post(draftId);
            if (!posted.ok())
                return fail(posted.error());
            printLine(QStringLiteral("Invoice: %1").arg(posted->number));
            return ExitOk;
        }
        if (action == QLatin1String("list")) {
            bool validLimit = false;
            InvoiceFilter filter;
            filter.limit = parser.value(limit).toInt(&validLimit);
            if (!validLimit || filter.limit < 1)
                return usage(tr("--limit needs a number above zero."));
            auto rows = invoices.list(filter);
            if (!rows.ok())
                return fail(rows.error());
            QJsonArray out;
            if (!json)
                printLine(QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                              .arg(tr("number"), -14)
                              .arg(tr("type"), -11)
                              .arg(tr("status"), -11)
                              .arg(tr("date"), -10)
                              .arg(tr("partner"), -24)
                              .arg(tr("total"), 12)
                              .arg(tr("paid"), 12));
            for (const InvoiceSummary &r : rows.value()) {
                if (json) {
                    out.append(QJsonObject{{QStringLiteral("id"), r.id},
                                           {QStringLiteral("number"), r.number},
                                           {QStringLiteral("type"), invoiceTypeName(r.type)},
                                           {QStringLiteral("status"), invoiceStatusName(r.status)},
                                           {QStringLiteral("date"), r.issueDate.toString(Qt::ISODate)},
                                           {QStringLiteral("partner"), r.partnerName},
                                           {QStringLiteral("total"), major(r.totalAmount)},
                                           {QStringLiteral("paid"), major(r.paidAmount)}});
                } else {
                    printLine(
                        QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                            .arg(r.number.isEmpty() ? QStringLiteral("(draft %1)").arg(r.id) : r.number, -14)
                            .arg(invoiceTypeName(r.type), -11)
                            .arg(invoiceStatusName(r.status), -11)
                            .arg(r.issueDate.toString(Qt::ISODate), -10)
                            .arg(r.partnerName.left(24), -24)
                            .arg(formatMoney(r.totalAmount), 12)
                            .arg(formatMoney(r.paidAmount), 12));
                }
            }
            if (json)
                printJson(out);
            return ExitOk;
        }
        auto found = invoices.byNumber(positional.value(1));
        if (!found.ok())
            return fail(found.error());
        if (action == QLatin1String("void")) {
            auto voided = invoices.voidInvoice(found->id, parser.value(reason));
            if (!voided.ok())
                return fail(voided.error());
            printLine(tr("Voided: %1").arg(voided->number));
            return ExitOk;
        }
        const Invoice &inv = found.value();
        if (action == QLatin1String("pdf")) {
            // The same document the app prints and saves (print/InvoiceSheet.h).
            auto sheet = print::loadInvoiceSheet(company, inv);
            if (!sheet.ok())
                return fail(sheet.error());
            if (auto written = print::writeInvoicePdf(sheet.value(), parser.value(outFile)); !written.ok())
                return fail(written.error());
            printLine(tr("Saved %1 as %2").arg(inv.number, parser.value(outFile)));
            return ExitOk;
        }
        if (json) {
            printJson(invoiceJson(inv));
            return ExitOk;
        }
        printLine(QStringLiteral("%1 %2 (%3)")
                      .arg(invoiceTypeName(inv.type), inv.number, invoiceStatusName(inv.status)));
        printLine(tr("Partner: %1").arg(inv.partnerName));
        printLine(tr("Date: %1  Due: %2  Warehouse: %3")
                      .arg(inv.issueDate.toString(Qt::ISODate), inv.dueDate.toString(Qt::ISODate),
                           inv.warehouseCode));
        for (const InvoiceLine &l : inv.lines)
            printLine(
                QStringLiteral("%1 %2 %3 x %4 -%5% tax %6% = %7")
                    .arg(l.lineNo, 3)
                    .arg(l.sku, -16)
                    .arg(formatQuantity(l.quantity), 10)
                    .arg(formatMoney(l.unitPrice))
                    .arg(formatPercent(l.discountBp), formatPercent(l.taxRateBp), formatMoney(l.lineTotal)));
        printLine(tr("Subtotal: %1  Tax: %2  Total: %3  Paid: %4  Balance: %5")
                      .arg(formatMoney(inv.subtotal), formatMoney(inv.taxAmount),
                           formatMoney(inv.totalAmount), formatMoney(inv.paidAmount),
                           formatMoney(inv.balance())));
        return ExitOk;
    }
};

int invoiceCommand(const QStringList &arguments)
{
    const QString action = arguments.value(1);
    if (action == QLatin1String("create"))
        return InvoiceCreateCommand().execute(arguments);
    return InvoiceCommand(action).execute(arguments);
}

class PaymentCommand : public SignedInCommand {
    const QCommandLineOption method{QStringLiteral("method"), tr("cash, card, bank or other."),
                                    QStringLiteral("METHOD")};
    const QCommandLineOption reference{QStringLiteral("reference"), tr("A reference (slip, transfer id)."),
                                       QStringLiteral("TEXT")};
    const QCommandLineOption date{QStringLiteral("date"), tr("The payment date (default today)."),
                                  QStringLiteral("YYYY-MM-DD")};
    QStringList positional;
    std::optional<qint64> amount;
    std::optional<PaymentMethod> pm;
    QDate paidOn;

    QString synopsis() const override
    {
        return QStringLiteral(
            "stockbook-cli payment add NUMBER AMOUNT --method cash|card|bank|other "
            "[--reference TEXT] [--date YYYY-MM-DD] --db PATH --user NAME [--password-stdin]");
    }
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, method, reference, date});
        parser.addPositionalArgument(QStringLiteral("add"), tr("add"));
        parser.addPositionalArgument(QStringLiteral("number"), tr("The invoice number."));
        parser.addPositionalArgument(QStringLiteral("amount"), tr("The amount, e.g. 12.34."));
    }
    QString missingSignIn() const override { return tr("The command needs --db and --user."); }

    int check() override
    {
        positional = parser.positionalArguments();
        if (positional.size() != 3 || positional.constFirst() != QLatin1String("add"))
            return usage(tr("Use: payment add NUMBER AMOUNT --method cash|card|bank|other."));
        amount = parseMoney(positional.at(2));
        if (!amount || *amount <= 0)
            return usage(tr("The amount must be above zero with at most 2 decimals, e.g. 12.34."));
        const QString m = parser.value(method);
        pm = m == QLatin1String("bank") ? std::optional(PaymentMethod::BankTransfer)
                                        : paymentMethodFromName(m);
        if (!pm || m == QLatin1String("bank_transfer"))
            return usage(tr("--method must be cash, card, bank or other."));
        if (parser.isSet(date)) {
            paidOn = QDate::fromString(parser.value(date), Qt::ISODate);
            if (!paidOn.isValid())
                return usage(tr("--date must be YYYY-MM-DD."));
        }
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        auto inv = InvoiceService(company).byNumber(positional.at(1));
        if (!inv.ok())
            return fail(inv.error());
        PaymentService payments(company);
        auto paid = payments.record({inv->id, *amount, *pm, paidOn, parser.value(reference)});
        if (!paid.ok())
            return fail(paid.error());
        auto after = InvoiceService(company).byNumber(positional.at(1));
        printLine(QStringLiteral("Payment: %1").arg(paid->id));
        if (after.ok())
            printLine(tr("%1: paid %2 of %3, status %4")
                          .arg(after->number, formatMoney(after->paidAmount), formatMoney(after->totalAmount),
                               invoiceStatusName(after->status)));
        return ExitOk;
    }
};

int paymentCommand(const QStringList &arguments)
{
    return PaymentCommand().execute(arguments);
}

const CommandRegistration invoiceRegistration{
    {QStringLiteral("invoice"),
     QT_TRANSLATE_NOOP("stockbook::cli", "create, post, void, show and list invoices"), &invoiceCommand}};
const CommandRegistration paymentRegistration{
    {QStringLiteral("payment"), QT_TRANSLATE_NOOP("stockbook::cli", "record a payment on an invoice"),
     &paymentCommand}};

} // namespace

} // namespace stockbook::cli
