// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "ScreenshotTour.h"

#include "about/AboutDialog.h"
#include "domain/Money.h"
#include "firstrun/FirstRunWizard.h"
#include "invoices/InvoiceEntry.h"
#include "invoices/InvoiceListPage.h"
#include "invoices/InvoicePages.h"
#include "lists/ListPages.h"
#include "lock/LockWidget.h"
#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"
#include "mainwindow/MainWindow.h"
#include "reports/DashboardWidget.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportView.h"
#include "security/keys/Kdf.h"
#include "services/accounts/CompanyService.h"
#include "services/accounts/UsersService.h"
#include "services/catalog/CatalogService.h"
#include "services/invoices/InvoiceService.h"
#include "services/partners/PartnerService.h"
#include "services/stock/WarehouseService.h"
#include "settings/BackupTab.h"
#include "settings/KeyDialogs.h"
#include "settings/RestoreDialog.h"
#include "stock/StockLinesModel.h"
#include "stock/StockPages.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPixmap>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <tuple>
#include <utility>

namespace {

using namespace stockbook;

class Tour {
public:
    explicit Tour(const QString &directory) : m_dir(directory) { }

    bool ok() const { return m_ok; }

    void shoot(QWidget &widget, const char *name)
    {
        widget.show();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        settle(widget);
        const QString file = m_dir.filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        if (!widget.grab().save(file, "PNG")) {
            std::fprintf(stderr, "stockbook: cannot write %s\n", qPrintable(file));
            m_ok = false;
        } else {
            std::printf("%s\n", qPrintable(QDir::toNativeSeparators(file)));
        }
    }

    bool check(const Result<void> &result, const char *step)
    {
        if (!result.ok()) {
            std::fprintf(stderr, "stockbook: %s: %s\n", step, qPrintable(result.error().message));
            m_ok = false;
        }
        return result.ok();
    }

    // Reports run on worker threads: wait until the shown ones are done.
    static void settle(QWidget &widget)
    {
        auto busy = [&widget] {
            for (auto *d : widget.findChildren<ui::DashboardWidget *>())
                if (d->isRunning())
                    return true;
            for (auto *r : widget.findChildren<ui::ReportView *>())
                if (r->isRunning())
                    return true;
            return false;
        };
        QElapsedTimer waited;
        waited.start();
        while (busy() && waited.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
            QThread::msleep(10);
        }
        QCoreApplication::processEvents();
    }

private:
    QDir m_dir;
    bool m_ok = true;
};

template <typename T>
T *named(QWidget &root, const char *name)
{
    return root.findChild<T *>(QString::fromLatin1(name));
}

SecretBytes secret(const char *text)
{
    QString s = QString::fromLatin1(text);
    return security::passwordBytes(s);
}

// Proves a user's password and makes them the company's session.
bool actAs(Tour &tour, CompanySession &company, const QString &name, const SecretBytes &password)
{
    auto session = CompanyService::authenticate(company, name, password);
    if (!session.ok())
        return tour.check(session.error(), "sign in");
    company.setSession(std::move(session).value());
    return true;
}

// A small catalog and a purchase filling the shelves, then the clerk's
// invoice entry with five lines and the list after posting it.
bool shootInvoices(Tour &tour, CompanySession &company, const SecretBytes &managerPassword,
                   const SecretBytes &clerkPassword)
{
    if (!actAs(tour, company, QStringLiteral("max"), managerPassword))
        return false;
    CatalogService catalog(company);
    QList<qint64> products;
    const QList<std::tuple<const char *, const char *, qint64>> items{
        {"APL-GALA", "Gala apples 1 kg bag", 329},
        {"BRD-RYE", "Rye bread 500 g", 249},
        {"CHS-GOUDA", "Gouda cheese 250 g", 435},
        {"COF-BEAN", "Coffee beans 1 kg", 1899},
        {"EGG-FREE", "Free-range eggs, box of 10", 389}};
    for (const auto &[sku, name, price] : items) {
        ProductInput in;
        in.sku = QString::fromLatin1(sku);
        in.name = QString::fromLatin1(name);
        in.price = price;
        auto id = catalog.createProduct(in);
        if (!id.ok())
            return tour.check(id.error(), "create product");
        products.append(id.value());
    }
    PartnerService partners(company);
    PartnerInput customer;
    customer.name = QStringLiteral("Harbour Café");
    customer.email = QStringLiteral("orders@harbour-cafe.example");
    customer.phone = QStringLiteral("+44 20 7946 0321");
    auto customerId = partners.create(PartnerKind::Customer, customer);
    PartnerInput supplier;
    supplier.name = QStringLiteral("Greenfield Wholesale");
    auto supplierId = partners.create(PartnerKind::Supplier, supplier);
    if (!customerId.ok() || !supplierId.ok())
        return tour.check(customerId.ok() ? supplierId.error() : customerId.error(), "create partner");

    if (!actAs(tour, company, QStringLiteral("cleo"), clerkPassword))
        return false;
    InvoiceDraft purchase;
    purchase.type = InvoiceType::Purchase;
    purchase.partnerId = supplierId.value();
    purchase.warehouseId = 1;
    for (qint64 p : products)
        purchase.lines.append(InvoiceLineInput{p, {}, 24'000, 150, 0, {}});
    if (auto posted = InvoiceService(company).createAndPost(purchase); !posted.ok())
        return tour.check(posted.error(), "post purchase");

    ui::InvoiceEntry entry(company, InvoiceType::Sale);
    entry.resize(1024, 700);
    entry.selectPartner(customerId.value());
    for (const auto &[sku, name, price] : items)
        entry.addProduct(QString::fromLatin1(sku));
    auto *lines = entry.findChild<QAbstractItemView *>(QStringLiteral("linesTable"));
    if (lines)
        lines->model()->setData(lines->model()->index(3, 2), QStringLiteral("30"));
    if (lines)
        lines->setFocus();
    tour.shoot(entry, "invoice-entry");
    if (lines)
        lines->model()->setData(lines->model()->index(3, 2), QStringLiteral("2"));
    entry.postInvoice();
    entry.hide();

    ui::InvoiceListPage list(company, {QStringLiteral("sale"), QStringLiteral("credit_note")}, QString());
    list.resize(1024, 700);
    tour.shoot(list, "invoice-list");
    return true;
}

// The manager's transfer from MAIN to a back store: two lines, the second
// asking for more coffee than MAIN holds, before and after the refusal, then
// corrected and made; a stocktake of MAIN with two counts, posted.
bool shootStockTasks(Tour &tour, CompanySession &company, const SecretBytes &managerPassword)
{
    if (!actAs(tour, company, QStringLiteral("max"), managerPassword))
        return false;
    if (auto back = WarehouseService(company).create(QStringLiteral("BACK"), QStringLiteral("Back store"));
        !back.ok())
        return tour.check(back.error(), "create warehouse");

    ui::TransferDialog transfer(company);
    transfer.addProduct(QStringLiteral("APL-GALA"));
    transfer.addProduct(QStringLiteral("COF-BEAN"));
    ui::StockLinesModel *lines = transfer.linesModel();
    // Another cell closes the quantity's editor, as leaving it would.
    named<QAbstractItemView>(transfer, "transferLinesTable")->setCurrentIndex(lines->index(0, 0));
    lines->setData(lines->index(0, ui::StockLinesModel::Quantity), QStringLiteral("6"));
    lines->setData(lines->index(1, ui::StockLinesModel::Quantity), QStringLiteral("30"));
    named<QLineEdit>(transfer, "transferReferenceEdit")->setText(QStringLiteral("Weekend restock"));
    tour.shoot(transfer, "stock-transfer");
    transfer.submit(); // refused: 30 coffee asked, fewer in MAIN
    tour.shoot(transfer, "stock-transfer-refused");
    lines->setData(lines->index(1, ui::StockLinesModel::Quantity), QStringLiteral("12"));
    if (!transfer.submit()) {
        std::fprintf(stderr, "stockbook: the corrected transfer was refused\n");
        return false;
    }
    transfer.hide();

    ui::StocktakeDialog stocktake(company);
    named<QWidget>(stocktake, "stocktakeReasonEdit")->setFocus();
    QCoreApplication::processEvents();
    ui::StockLinesModel *counts = stocktake.linesModel();
    // The first as recorded, one short of the second.
    for (int row = 0; row < std::min(counts->rowCount(), 2); ++row) {
        const qint64 counted = counts->line(row).level.value_or(0) - row * 1'000;
        counts->setData(counts->index(row, ui::StockLinesModel::Quantity),
                        formatQuantity(std::max<qint64>(counted, 0)));
    }
    named<QLineEdit>(stocktake, "stocktakeReasonEdit")->setText(QStringLiteral("Monthly count"));
    tour.shoot(stocktake, "stocktake");
    if (!stocktake.submit()) {
        std::fprintf(stderr, "stockbook: the stocktake was refused\n");
        return false;
    }
    stocktake.hide();
    return true;
}

// Six months of back-dated sales for the charts, then the manager's
// dashboard and the sales report with its chart.
bool shootReports(Tour &tour, ui::MainWindow &window, const SecretBytes &managerPassword,
                  const SecretBytes &clerkPassword)
{
    CompanySession &company = *window.company();
    if (!actAs(tour, company, QStringLiteral("cleo"), clerkPassword))
        return false;
    InvoiceService invoices(company);
    auto customer = invoices.partnerId(InvoiceType::Sale, QStringLiteral("orders@harbour-cafe.example"));
    if (!customer.ok())
        return tour.check(customer.error(), "find customer");
    const QDate today = QDate::currentDate();
    for (int monthsAgo = 1; monthsAgo <= 6; ++monthsAgo) {
        InvoiceDraft sale;
        sale.partnerId = customer.value();
        sale.warehouseId = 1;
        sale.issueDate = today.addMonths(-monthsAgo);
        for (const char *sku : {"BRD-RYE", "CHS-GOUDA", "EGG-FREE"}) {
            auto product = invoices.productIdBySku(QString::fromLatin1(sku));
            if (!product.ok())
                return tour.check(product.error(), "find product");
            sale.lines.append(
                InvoiceLineInput{product.value(), {}, 1000 * ((monthsAgo + sku[0]) % 3 + 1), {}, 0, {}});
        }
        if (auto posted = invoices.createAndPost(sale); !posted.ok())
            return tour.check(posted.error(), "post sale");
    }

    if (!actAs(tour, company, QStringLiteral("max"), managerPassword))
        return false;
    window.refreshSession();
    window.showPage(QStringLiteral("dashboard"));
    tour.shoot(window, "dashboard");
    window.showPage(QStringLiteral("reports"));
    auto *reports = window.findChild<ui::ReportView *>();
    if (!reports) {
        std::fprintf(stderr, "stockbook: no reports page\n");
        return false;
    }
    reports->selectReport(QStringLiteral("sales"));
    reports->filterBar()->setDateRange(QDate(today.year(), today.month(), 1).addMonths(-6), today);
    reports->run();
    tour.shoot(window, "report-sales");
    reports->printWithPreview();
    if (auto *preview = window.findChild<QDialog *>(QStringLiteral("reportPrintPreview"))) {
        preview->resize(900, 700);
        tour.shoot(*preview, "report-print-preview");
        preview->close();
    }
    return true;
}

} // namespace

int runScreenshotTour(const QString &directory)
{
    if (!QDir().mkpath(directory)) {
        std::fprintf(stderr, "stockbook: cannot create %s\n", qPrintable(directory));
        return 1;
    }
    QTemporaryDir temp;
    if (!temp.isValid())
        return 1;
    // The tour's column widths and choices stay in its own settings, neither
    // read from nor written over the user's.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                       temp.filePath(QStringLiteral("settings")));
    const QString path = temp.filePath(QStringLiteral("corner-shop.stockbook"));
    Tour tour(directory);
    const char *adminPassword = "correct horse battery staple 1";
    const char *managerPassword = "violet harbour engine lantern 7";
    const char *clerkPassword = "amber meadow pocket quartz 4";

    ui::FirstRunWizard wizard(path);
    tour.shoot(wizard, "firstrun-1-start");
    wizard.next();
    named<QLineEdit>(wizard, "companyNameEdit")->setText(QStringLiteral("Corner Shop"));
    tour.shoot(wizard, "firstrun-2-company");
    wizard.next();
    named<QLineEdit>(wizard, "adminNameEdit")->setText(QStringLiteral("anna"));
    named<QLineEdit>(wizard, "adminPasswordEdit")->setText(QString::fromLatin1(adminPassword));
    named<QLineEdit>(wizard, "adminRepeatEdit")->setText(QString::fromLatin1(adminPassword));
    tour.shoot(wizard, "firstrun-3-admin");
    wizard.next();
    std::unique_ptr<CompanySession> company = wizard.takeCompany();
    if (!company) {
        std::fprintf(stderr, "stockbook: the wizard did not create the company\n");
        return 1;
    }
    tour.shoot(wizard, "firstrun-4-recovery-key");
    wizard.hide();

    // A manager and a clerk, each with their own password instead of the temporary one.
    for (const auto &[name, role, password] :
         {std::tuple{"max", "manager", managerPassword}, std::tuple{"cleo", "clerk", clerkPassword}}) {
        auto temporary = UsersService(*company).create(
            {QString::fromLatin1(name), QString::fromLatin1(role), {}, {}});
        if (!temporary.ok()) {
            tour.check(temporary.error(), "create user");
            return 1;
        }
        if (!actAs(tour, *company, QString::fromLatin1(name), temporary.value()))
            return 1;
        if (std::strcmp(role, "clerk") == 0) {
            ui::ChangePasswordDialog dialog(*company, true);
            // A weak choice, to show the live estimate and its reason.
            named<QLineEdit>(dialog, "newPasswordEdit")->setText(QStringLiteral("cornershop2024"));
            tour.shoot(dialog, "must-change-password");
        }
        if (!tour.check(UsersService(*company).changeOwnPassword(temporary.value(), secret(password)),
                        "change password"))
            return 1;
        if (!actAs(tour, *company, QStringLiteral("anna"), secret(adminPassword)))
            return 1;
    }

    ui::LoginDialog login(path);
    login.setUsername(QStringLiteral("anna"));
    tour.shoot(login, "login");
    login.hide();

    ui::MainWindow window;
    ui::registerInvoicePages(window);
    ui::registerListPages(window);
    ui::registerStockPages(window);
    window.resize(1024, 700);
    window.setCompany(std::move(company));
    tour.shoot(window, "main-admin");
    window.showPage(QStringLiteral("products"));
    tour.shoot(window, "products");
    window.showPage(QStringLiteral("settings"));
    tour.shoot(window, "settings-users");
    if (auto *tabs = named<QTabWidget>(window, "settingsTabs")) {
        for (const auto &[tab, shot] : {std::pair{"settingsCompanyTab", "settings-company"},
                                        std::pair{"settingsTaxesTab", "settings-taxes"},
                                        std::pair{"settingsNumberingTab", "settings-numbering"},
                                        std::pair{"settingsSecurityTab", "settings-security"},
                                        std::pair{"settingsBackupTab", "settings-backup"}}) {
            if (auto *page = named<QWidget>(*tabs, tab)) {
                tabs->setCurrentWidget(page);
                tour.shoot(window, shot);
            }
        }
        if (auto *backup = named<ui::BackupTab>(*tabs, "settingsBackupTab")) {
            QDialog *restore = backup->openRestore();
            tour.shoot(*restore, "settings-restore");
            restore->reject();
            QDialog *rotate = backup->openRotateKey();
            tour.shoot(*rotate, "settings-rotate-key");
            rotate->reject();
        }
        tabs->setCurrentIndex(0);
    }
    window.showPage(QStringLiteral("audit"));
    tour.shoot(window, "audit");
    CompanySession &open = *window.company();
    for (const auto &[name, password, shot] : {std::tuple{"max", managerPassword, "main-manager"},
                                               std::tuple{"cleo", clerkPassword, "main-clerk"}}) {
        if (!actAs(tour, open, QString::fromLatin1(name), secret(password)))
            return 1;
        window.refreshSession();
        tour.shoot(window, shot);
    }
    if (!shootInvoices(tour, open, secret(managerPassword), secret(clerkPassword)))
        return 1;
    if (!shootStockTasks(tour, open, secret(managerPassword)))
        return 1;
    window.refreshSession();
    window.showPage(QStringLiteral("stockTasks"));
    tour.shoot(window, "stock-tasks");
    // The stock levels once goods were bought, moved and counted.
    window.showPage(QStringLiteral("stock"));
    tour.shoot(window, "stock");
    // The sales list in the window, where its filters wrap beside the pages.
    window.showPage(QStringLiteral("sales"));
    if (auto *tabs = named<QTabWidget>(window, "salesPage")) {
        if (auto *list = named<QWidget>(*tabs, "salesList")) {
            tabs->setCurrentWidget(list);
            tour.shoot(window, "sales-list");
        }
    }
    if (!shootReports(tour, window, secret(managerPassword), secret(clerkPassword)))
        return 1;
    if (!actAs(tour, open, QStringLiteral("cleo"), secret(clerkPassword)))
        return 1;
    window.refreshSession();
    window.lockNow();
    tour.shoot(window, "lock");

    ui::AboutDialog about;
    tour.shoot(about, "about");
    return tour.ok() ? 0 : 1;
}
