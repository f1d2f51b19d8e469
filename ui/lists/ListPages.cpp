// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "lists/ListPages.h"

#include "common/ComboSizing.h"
#include "editors/CategoryEditor.h"
#include "editors/PartnerEditor.h"
#include "editors/ProductEditor.h"
#include "editors/TaxRateEditor.h"
#include "editors/WarehouseEditor.h"
#include "lists/AuditPage.h"
#include "lists/ListPage.h"
#include "mainwindow/MainWindow.h"
#include "models/AuditLogModel.h"
#include "models/PartnerListModels.h"
#include "models/ProductListModel.h"
#include "models/StockModels.h"
#include "services/CompanySession.h"
#include "services/stock/WarehouseService.h"
#include "settings/SettingsDialog.h"
#include "stock/StockPages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

template <typename Editor, typename... Args>
void openEditor(ListPage *page, CompanySession &company, Args... args)
{
    auto *editor = new Editor(company, args..., page);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(editor, &Editor::saved, page, [page](qint64) { page->refresh(); });
    editor->open();
}

QComboBox *warehouseCombo(CompanySession &company, QWidget *parent, const QString &objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    limitToContents(combo, 16);
    combo->addItem(tr("All warehouses"), qint64{0});
    if (auto list = WarehouseService(company).list(true)) {
        for (const Warehouse &warehouse : *list)
            combo->addItem(QStringLiteral("%1 – %2").arg(warehouse.code, warehouse.name), warehouse.id);
    }
    return combo;
}

} // namespace

QWidget *createProductsPage(CompanySession &company, QWidget *parent, bool catalog)
{
    const QString id = catalog ? QStringLiteral("catalog") : QStringLiteral("products");
    auto *model = new ProductListModel(company);
    auto *page = new ListPage(id, model, parent);
    page->setSearch(
        [model](const QString &text) {
            ProductListFilter filter = model->filter();
            filter.search = text;
            model->setFilter(filter);
        },
        tr("SKU, barcode or name"));
    auto *activeOnly = new QCheckBox(tr("&Active only"), page);
    activeOnly->setObjectName(id + QStringLiteral("ActiveOnlyCheck"));
    page->addWidget(activeOnly);
    QObject::connect(activeOnly, &QCheckBox::toggled, page, [model](bool on) {
        ProductListFilter filter = model->filter();
        filter.active = on ? std::optional<bool>(true) : std::nullopt;
        model->setFilter(filter);
    });
    page->setOpen(
        [page, &company](qint64 productId) { openEditor<ProductEditor>(page, company, productId); });
    if (catalog && company.session().has(Permission::CatalogEdit)) {
        page->setCreate(tr("&New product"),
                        [page, &company] { openEditor<ProductEditor>(page, company, qint64{0}); });
        auto *categories = new QPushButton(tr("New &category…"), page);
        categories->setObjectName(QStringLiteral("catalogNewCategoryButton"));
        QObject::connect(categories, &QPushButton::clicked, page,
                         [page, &company] { openEditor<CategoryEditor>(page, company, qint64{0}); });
        page->addWidget(categories);
        auto *taxRates = new QPushButton(tr("New &tax rate…"), page);
        taxRates->setObjectName(QStringLiteral("catalogNewTaxRateButton"));
        QObject::connect(taxRates, &QPushButton::clicked, page,
                         [page, &company] { openEditor<TaxRateEditor>(page, company, qint64{0}); });
        page->addWidget(taxRates);
    }
    return page;
}

namespace {
QWidget *createPartnersPage(CompanySession &company, QWidget *parent, PartnerKind kind)
{
    const bool customers = kind == PartnerKind::Customer;
    const QString id = customers ? QStringLiteral("customers") : QStringLiteral("suppliers");
    PartnerListModel *model = customers ? static_cast<PartnerListModel *>(new CustomerListModel(company))
                                        : static_cast<PartnerListModel *>(new SupplierListModel(company));
    auto *page = new ListPage(id, model, parent);
    page->setSearch(
        [model](const QString &text) {
            PartnerListFilter filter = model->filter();
            filter.search = text;
            model->setFilter(filter);
        },
        tr("Name, e-mail or phone"));
    page->setOpen([page, &company, kind](qint64 partnerId) {
        openEditor<PartnerEditor>(page, company, kind, partnerId);
    });
    const Permission edit = customers ? Permission::CustomerEdit : Permission::SupplierEdit;
    if (company.session().has(edit)) {
        page->setCreate(customers ? tr("&New customer") : tr("&New supplier"), [page, &company, kind] {
            openEditor<PartnerEditor>(page, company, kind, qint64{0});
        });
    }
    return page;
}
} // namespace

QWidget *createCustomersPage(CompanySession &company, QWidget *parent)
{
    return createPartnersPage(company, parent, PartnerKind::Customer);
}

QWidget *createSuppliersPage(CompanySession &company, QWidget *parent)
{
    return createPartnersPage(company, parent, PartnerKind::Supplier);
}

QWidget *createStockPage(CompanySession &company, QWidget *parent)
{
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(QStringLiteral("stockTabs"));

    auto *levels = new StockLevelModel(company);
    auto *levelPage = new ListPage(QStringLiteral("stockLevels"), levels, tabs);
    levelPage->setSearch(
        [levels](const QString &text) {
            StockLevelFilter filter = levels->filter();
            filter.search = text;
            levels->setFilter(filter);
        },
        tr("SKU, barcode or name"));
    auto *warehouse = warehouseCombo(company, levelPage, QStringLiteral("stockLevelsWarehouseCombo"));
    levelPage->addFilter(tr("&Warehouse:"), warehouse);
    auto *lowOnly = new QCheckBox(tr("Low stock onl&y"), levelPage);
    lowOnly->setObjectName(QStringLiteral("stockLevelsLowOnlyCheck"));
    levelPage->addWidget(lowOnly);
    const auto applyLevels = [levels, warehouse, lowOnly] {
        StockLevelFilter filter = levels->filter();
        filter.warehouseId = warehouse->currentData().toLongLong();
        filter.lowStockOnly = lowOnly->isChecked();
        levels->setFilter(filter);
    };
    QObject::connect(warehouse, &QComboBox::currentIndexChanged, levelPage, applyLevels);
    QObject::connect(lowOnly, &QCheckBox::toggled, levelPage, applyLevels);
    tabs->addTab(levelPage, tr("Stock &levels"));

    auto *movements = new StockMovementModel(company);
    auto *movementPage = new ListPage(QStringLiteral("stockMovements"), movements, tabs);
    auto *movementWarehouse = warehouseCombo(company, movementPage,
                                             QStringLiteral("stockMovementsWarehouseCombo"));
    movementPage->addFilter(tr("W&arehouse:"), movementWarehouse);
    QObject::connect(movementWarehouse, &QComboBox::currentIndexChanged, movementPage,
                     [movements, movementWarehouse] {
                         StockMovementFilter filter = movements->filter();
                         filter.warehouseId = movementWarehouse->currentData().toLongLong();
                         movements->setFilter(filter);
                     });
    tabs->addTab(movementPage, tr("&Movements"));

    // Managers move and count stock from here too; the lists follow.
    const auto changed = [levels, movements] {
        levels->refresh();
        movements->refresh();
    };
    for (QPushButton *button : stockTaskButtons(company, levelPage, QStringLiteral("stockLevels"), changed))
        levelPage->addWidget(button);
    return tabs;
}

QWidget *createWarehousesPage(CompanySession &company, QWidget *parent)
{
    auto *page = new QWidget(parent);
    page->setObjectName(QStringLiteral("warehousesListPage"));
    auto *layout = new QVBoxLayout(page);
    auto *table = new QTableWidget(page);
    table->setObjectName(QStringLiteral("warehousesTable"));
    table->setAccessibleName(tr("Warehouses"));
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Code"), tr("Name"), tr("Status"), tr("Default")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table, 1);
    const auto fill = [table, &company] {
        table->setRowCount(0);
        auto list = WarehouseService(company).list(true);
        if (!list)
            return;
        for (const Warehouse &warehouse : *list) {
            const int row = table->rowCount();
            table->insertRow(row);
            auto *code = new QTableWidgetItem(warehouse.code);
            code->setData(Qt::UserRole, warehouse.id);
            table->setItem(row, 0, code);
            table->setItem(row, 1, new QTableWidgetItem(warehouse.name));
            table->setItem(row, 2, new QTableWidgetItem(warehouse.active ? tr("Active") : tr("Inactive")));
            table->setItem(row, 3, new QTableWidgetItem(warehouse.isDefault ? tr("Default") : QString()));
        }
        table->resizeColumnsToContents();
    };
    fill();
    const auto open = [page, table, &company, fill](qint64 warehouseId) {
        auto *editor = new WarehouseEditor(company, warehouseId, page);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(editor, &WarehouseEditor::saved, page, [fill](qint64) { fill(); });
        editor->open();
        Q_UNUSED(table);
    };
    QObject::connect(table, &QTableWidget::cellDoubleClicked, page, [table, open](int row, int) {
        open(table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
    if (company.session().has(Permission::WarehouseEdit)) {
        auto *add = new QPushButton(tr("&New warehouse"), page);
        add->setObjectName(QStringLiteral("warehousesNewButton"));
        QObject::connect(add, &QPushButton::clicked, page, [open] { open(0); });
        layout->addWidget(add, 0, Qt::AlignLeft);
    }
    return page;
}

QWidget *createAuditPage(CompanySession &company, QWidget *parent)
{
    auto *model = new AuditLogModel(company);
    auto *page = new ListPage(QStringLiteral("audit"), model, parent);
    page->setSearch(
        [model](const QString &text) {
            AuditLogFilter filter = model->filter();
            filter.actionPrefix = text;
            model->setFilter(filter);
        },
        tr("Action, e.g. invoice. or login"));
    auto *from = new QDateEdit(page);
    from->setObjectName(QStringLiteral("auditFromDate"));
    from->setCalendarPopup(true);
    from->setSpecialValueText(tr("Any"));
    from->setMinimumDate(QDate(2000, 1, 1));
    from->setDate(from->minimumDate());
    auto *to = new QDateEdit(page);
    to->setObjectName(QStringLiteral("auditToDate"));
    to->setCalendarPopup(true);
    to->setSpecialValueText(tr("Any"));
    to->setMinimumDate(QDate(2000, 1, 1));
    to->setDate(to->minimumDate());
    page->addFilter(tr("Fro&m:"), from);
    page->addFilter(tr("&To:"), to);
    const auto apply = [model, from, to] {
        AuditLogFilter filter = model->filter();
        filter.from = from->date() == from->minimumDate() ? QDate() : from->date();
        filter.to = to->date() == to->minimumDate() ? QDate() : to->date();
        model->setFilter(filter);
    };
    QObject::connect(from, &QDateEdit::dateChanged, page, apply);
    QObject::connect(to, &QDateEdit::dateChanged, page, apply);
    showAuditSentences(company, page, model);
    return page;
}

void registerListPages(MainWindow &window)
{
    window.setPageFactory(QStringLiteral("products"), [](CompanySession &company, QWidget *parent) {
        return createProductsPage(company, parent, false);
    });
    window.setPageFactory(QStringLiteral("catalog"), [](CompanySession &company, QWidget *parent) {
        return createProductsPage(company, parent, true);
    });
    window.setPageFactory(QStringLiteral("customers"), &createCustomersPage);
    window.setPageFactory(QStringLiteral("suppliers"), &createSuppliersPage);
    window.setPageFactory(QStringLiteral("stock"), &createStockPage);
    window.setPageFactory(QStringLiteral("warehouses"), &createWarehousesPage);
    window.setPageFactory(QStringLiteral("audit"), &createAuditPage);
    // Edit > Settings shows this page; its body is the settings dialog's content.
    window.setPageFactory(
        QStringLiteral("settings"), [&window](CompanySession &company, QWidget *parent) -> QWidget * {
            auto *settings = new SettingsDialog(company, parent);
            QObject::connect(settings, &SettingsDialog::openCompanyRequested, &window,
                             &MainWindow::switchCompany);
            settings->setWindowFlags(Qt::Widget);
            if (auto *buttons = settings->findChild<QWidget *>(QStringLiteral("settingsButtons")))
                buttons->hide();
            return settings;
        });
}

} // namespace stockbook::ui
