// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "mainwindow/MainWindow.h"

#include "Resources.h"
#include "about/AboutDialog.h"
#include "common/ComboSizing.h"
#include "common/Printable.h"
#include "firstrun/FirstRunWizard.h"
#include "lock/IdleWatcher.h"
#include "lock/LockWidget.h"
#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"
#include "models/PagedSqlModel.h"
#include "reports/ReportPages.h"
#include "services/CompanySession.h"
#include "stock/StockPages.h"
#include "welcome/WelcomePage.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace stockbook::ui {

namespace {

QAction *makeAction(const QString &text, const char *name, QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QString::fromLatin1(name));
    return action;
}

QWidget *placeholderPage(const PageSpec &spec, QWidget *parent)
{
    auto *label = new QLabel(
        QCoreApplication::translate("stockbook::ui::MainWindow", "%1\n\nThis page will hold: %2")
            .arg(spec.title, spec.description),
        parent);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    return label;
}

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    initResources();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Stockbook"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/stockbook.svg")));
    m_pages = defaultPages();
    // The report pages need nothing from the program, so they are always in.
    registerReportPages(*this);

    createActions();
    createMenus();

    m_central = new QStackedWidget(this);
    m_central->setObjectName(QStringLiteral("centralStack"));
    m_welcomePage = new WelcomePage(m_newCompanyAction, m_openCompanyAction, m_central);
    m_central->addWidget(m_welcomePage);

    m_companyView = new QWidget(m_central);
    m_companyView->setObjectName(QStringLiteral("companyView"));
    m_navigationFilter = new QLineEdit(m_companyView);
    m_navigationFilter->setObjectName(QStringLiteral("navigationFilter"));
    m_navigationFilter->setPlaceholderText(tr("Find a page"));
    m_navigationFilter->setAccessibleName(tr("Find a page"));
    m_navigation = new QListWidget(m_companyView);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    m_navigation->setSpacing(2);
    m_navigation->verticalScrollBar()->setObjectName(QStringLiteral("navigationVerticalScrollBar"));
    m_navigation->horizontalScrollBar()->setObjectName(QStringLiteral("navigationHorizontalScrollBar"));
    m_pageStack = new QStackedWidget(m_companyView);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));
    auto *side = new QVBoxLayout;
    side->addWidget(m_navigationFilter);
    side->addWidget(m_navigation);
    auto *companyLayout = new QHBoxLayout(m_companyView);
    companyLayout->addLayout(side);
    companyLayout->addWidget(m_pageStack, 1);
    m_central->addWidget(m_companyView);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pageStack->setCurrentIndex(m_navigation->item(row)->data(Qt::UserRole + 1).toInt());
        updatePrintAction();
    });
    connect(m_navigationFilter, &QLineEdit::textChanged, this, &MainWindow::filterNavigation);

    m_waitingPage = new QWidget(m_central);
    m_waitingPage->setObjectName(QStringLiteral("waitingPage"));
    m_central->addWidget(m_waitingPage);

    m_lockWidget = new LockWidget(m_central);
    m_central->addWidget(m_lockWidget);
    connect(m_lockWidget, &LockWidget::unlocked, this, &MainWindow::unlocked);
    connect(m_lockWidget, &LockWidget::signOutRequested, this, &MainWindow::signOut);
    setCentralWidget(m_central);

    m_idleWatcher = new IdleWatcher(this);
    connect(m_idleWatcher, &IdleWatcher::activity, this, [this] {
        if (m_company && m_company->isOpen() && !isLocked() && !m_company->session().isIdleExpired())
            m_company->session().touch();
    });
    connect(m_idleWatcher, &IdleWatcher::checkDue, this, &MainWindow::checkIdle);
    // The user waited for the work that held the idle lock off: that time
    // does not count as idle, even when it was longer than the limit.
    connect(m_idleWatcher, &IdleWatcher::holdEnded, this, [this] {
        if (m_company && m_company->isOpen() && !isLocked())
            m_company->session().touch();
    });

    // A permanent label rather than showMessage(): status tips of hovered
    // actions would otherwise wipe it.
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    limitToContents(m_statusLabel);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_statusLabel, 1);
    setCompanyActionsVisible(false);
    updateStatusBar();

    resize(1024, 700);
}

MainWindow::~MainWindow()
{
    m_idleWatcher->stop();
    clearPages();
}

void MainWindow::setClock(Clock clock)
{
    m_clock = clock;
    m_lockWidget->setClock(std::move(clock));
}

void MainWindow::setPageFactory(const QString &pageId, PageFactory factory)
{
    for (PageSpec &page : m_pages) {
        if (page.id == pageId)
            page.factory = std::move(factory);
    }
}

void MainWindow::setCompanyFilePath(const QString &path)
{
    m_companyFilePath = path;
    updateStatusBar();
}

void MainWindow::createActions()
{
    m_newCompanyAction = makeAction(tr("&New company…"), "newCompanyAction", this);
    // Ctrl+N belongs to the clerk's "new invoice" in the invoice entry: one
    // key sequence on two actions makes Qt run neither ("ambiguous").
    m_newCompanyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCompanyAction->setStatusTip(tr("Create a company file with its first administrator"));
    connect(m_newCompanyAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);

    m_openCompanyAction = makeAction(tr("&Open company…"), "openCompanyAction", this);
    m_openCompanyAction->setShortcut(QKeySequence::Open);
    m_openCompanyAction->setStatusTip(tr("Choose a company file and sign in"));
    connect(m_openCompanyAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);

    m_signOutAction = makeAction(tr("Sign o&ut"), "signOutAction", this);
    m_signOutAction->setStatusTip(tr("Close the company and return to the sign-in"));
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);

    m_lockAction = makeAction(tr("&Lock"), "lockAction", this);
    m_lockAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_lockAction->setStatusTip(tr("Cover the window until a password is entered"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);

    m_changePasswordAction = makeAction(tr("&Change password…"), "changePasswordAction", this);
    m_changePasswordAction->setStatusTip(tr("Choose a new password for your account"));
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);

    m_printAction = makeAction(tr("&Print…"), "printAction", this);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setStatusTip(tr("Print the current page"));
    m_printAction->setEnabled(false); // enabled by pages that can print
    connect(m_printAction, &QAction::triggered, this, &MainWindow::printCurrent);

    m_findAction = makeAction(tr("&Find page"), "findAction", this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setStatusTip(tr("Find a page by its name"));
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_navigationFilter->setFocus();
        m_navigationFilter->selectAll();
    });

    m_preferencesAction = makeAction(tr("&Settings"), "preferencesAction", this);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setStatusTip(tr("Company details, users, backups"));
    connect(m_preferencesAction, &QAction::triggered, this, [this] { showPage(QStringLiteral("settings")); });

    m_quitAction = makeAction(tr("&Quit"), "quitAction", this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setStatusTip(tr("Close Stockbook"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_transferAction = makeAction(tr("&Transfer stock…"), "stockTransferAction", this);
    m_transferAction->setStatusTip(tr("Move stock from one warehouse to another"));
    connect(m_transferAction, &QAction::triggered, this, [this] { openStockDialog(true); });

    m_stocktakeAction = makeAction(tr("&Stocktake…"), "stocktakeAction", this);
    m_stocktakeAction->setStatusTip(
        tr("Enter counted quantities; the differences are posted as adjustments"));
    connect(m_stocktakeAction, &QAction::triggered, this, [this] { openStockDialog(false); });

    m_aboutAction = makeAction(tr("&About Stockbook"), "aboutAction", this);
    m_aboutAction->setStatusTip(tr("Show the version and licence of Stockbook"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->setToolTipsVisible(true);
    fileMenu->addAction(m_newCompanyAction);
    fileMenu->addAction(m_openCompanyAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_printAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_changePasswordAction);
    fileMenu->addAction(m_lockAction);
    fileMenu->addAction(m_signOutAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    editMenu->addAction(m_findAction);
    editMenu->addAction(m_preferencesAction);

    m_stockMenu = menuBar()->addMenu(tr("&Stock"));
    m_stockMenu->setObjectName(QStringLiteral("stockMenu"));
    m_stockMenu->addAction(m_transferAction);
    m_stockMenu->addAction(m_stocktakeAction);

    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->addAction(m_lockAction);
    m_toolBar->addAction(m_printAction);
    m_toolBar->addAction(m_findAction);
    m_toolBar->toggleViewAction()->setObjectName(QStringLiteral("mainToolBarToggleAction"));
    for (QAction *action : m_toolBar->actions()) {
        if (QWidget *button = m_toolBar->widgetForAction(action))
            button->setObjectName(action->objectName() + QStringLiteral("ToolButton"));
    }
}

void MainWindow::setCompanyActionsVisible(bool visible)
{
    for (QAction *action :
         {m_signOutAction, m_lockAction, m_changePasswordAction, m_printAction, m_findAction})
        action->setVisible(visible);
    const bool settings = visible && m_company && m_company->session().has(Permission::SettingsEdit);
    m_preferencesAction->setVisible(settings);
    m_preferencesAction->setEnabled(settings);
    // The stock tasks: only for the roles core lets do them.
    const bool transfer = visible && m_company && m_company->session().has(Permission::StockTransfer);
    const bool stocktake = visible && m_company && m_company->session().has(Permission::StockAdjust);
    m_transferAction->setVisible(transfer);
    m_transferAction->setEnabled(transfer);
    m_stocktakeAction->setVisible(stocktake);
    m_stocktakeAction->setEnabled(stocktake);
    m_stockMenu->menuAction()->setVisible(transfer || stocktake);
    m_goMenu->menuAction()->setVisible(visible);
    menuBar()->actions().at(1)->setVisible(visible); // the Edit menu
    m_toolBar->setVisible(visible);
}

void MainWindow::openStockDialog(bool transfer)
{
    if (!m_company || !m_company->isOpen() || isLocked())
        return;
    const auto changed = [this] { refreshLists(); };
    if (transfer)
        openTransferDialog(*m_company, this, changed);
    else
        openStocktakeDialog(*m_company, this, changed);
}

// After stock moved from a menu action: the open lists read again.
void MainWindow::refreshLists()
{
    for (PagedSqlModel *model : m_pageStack->findChildren<PagedSqlModel *>())
        model->refresh();
}

void MainWindow::updateStatusBar()
{
    if (isLocked()) {
        m_statusLabel->setText(tr("Locked — %1").arg(QDir::toNativeSeparators(m_companyFilePath)));
    } else if (m_company && m_company->isOpen()) {
        const Session &session = m_company->session();
        const QString where = QDir::toNativeSeparators(m_company->path());
        m_statusLabel->setText(
            tr("Signed in: %1 — role: %2 — %3").arg(session.username(), session.roleName(), where));
    } else if (m_companyFilePath.isEmpty()) {
        m_statusLabel->setText(tr("No company open"));
    } else {
        m_statusLabel->setText(
            tr("Company file: %1 (not opened)").arg(QDir::toNativeSeparators(m_companyFilePath)));
    }
}

void MainWindow::showAbout()
{
    auto *about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::openCompany(const QString &path)
{
    setCompanyFilePath(path);
    auto *login = new LoginDialog(path, m_clock, this);
    login->setAttribute(Qt::WA_DeleteOnClose);
    connect(login, &QDialog::accepted, this, [this, login] { setCompany(login->takeCompany()); });
    login->open();
}

void MainWindow::startFirstRun(const QString &path)
{
    setCompanyFilePath(path);
    auto *wizard = new FirstRunWizard(path, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        if (auto company = wizard->takeCompany()) {
            setCompany(std::move(company));
        } else if (const QString demo = wizard->demoCompanyPath(); !demo.isEmpty()) {
            // The demo is signed in to like any company, as the role chosen.
            openCompany(demo);
            if (auto *login = findChild<LoginDialog *>(QStringLiteral("loginDialog")))
                login->setUsername(wizard->demoUsername());
        }
    });
    wizard->open();
}

void MainWindow::switchCompany(const QString &path)
{
    if (!m_company) {
        openCompany(path);
        return;
    }
    // The open company goes on until the new one is signed in to; the
    // dialog's Cancel keeps it.
    auto *login = new LoginDialog(path, m_clock, this);
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setUsername(m_company->session().username());
    connect(login, &QDialog::accepted, this, [this, login] { setCompany(login->takeCompany()); });
    login->open();
}

void MainWindow::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open company"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Stockbook companies (*.stockbook)"));
    if (path.isEmpty())
        return;
    signOut();
    openCompany(path);
}

void MainWindow::chooseAndCreate()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New company"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Stockbook companies (*.stockbook)"));
    if (path.isEmpty())
        return;
    signOut();
    startFirstRun(path.endsWith(QLatin1String(".stockbook")) ? path : path + QStringLiteral(".stockbook"));
}

void MainWindow::setCompany(std::unique_ptr<CompanySession> company)
{
    clearPages();
    m_company = std::move(company);
    if (!m_company)
        return;
    m_companyFilePath = m_company->path();
    if (!m_company->session().mustChangePassword()) {
        enterCompany();
        return;
    }
    m_central->setCurrentWidget(m_waitingPage);
    setCompanyActionsVisible(false);
    updateStatusBar();
    auto *dialog = new ChangePasswordDialog(*m_company, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::enterCompany);
    connect(dialog, &QDialog::rejected, this, &MainWindow::signOut);
    dialog->open();
}

void MainWindow::enterCompany()
{
    if (!m_company)
        return;
    m_company->session().touch();
    refreshSession();
    m_idleWatcher->start();
}

void MainWindow::refreshSession()
{
    if (!m_company || !m_company->isOpen())
        return;
    buildPages();
    setCompanyActionsVisible(true);
    menuBar()->setEnabled(true);
    m_companyView->setEnabled(true);
    m_central->setCurrentWidget(m_companyView);
    updateStatusBar();
}

void MainWindow::clearPages()
{
    m_navigation->clear();
    while (m_pageStack->count() > 0) {
        QWidget *page = m_pageStack->widget(0);
        m_pageStack->removeWidget(page);
        delete page;
    }
    qDeleteAll(m_pageActions);
    m_pageActions.clear();
    updatePrintAction();
}

void MainWindow::buildPages()
{
    clearPages();
    const QList<PageSpec> allowed = pagesFor(m_pages, m_company->session());
    int shortcut = 1;
    for (const PageSpec &spec : allowed) {
        QWidget *body = spec.factory ? spec.factory(*m_company, m_pageStack)
                                     : placeholderPage(spec, m_pageStack);
        body->setObjectName(spec.id + QStringLiteral("Page"));
        const int index = m_pageStack->addWidget(body);
        QList<QWidget *> printables{body};
        if (auto *tabs = qobject_cast<QTabWidget *>(body)) {
            connect(tabs, &QTabWidget::currentChanged, this, &MainWindow::updatePrintAction);
            for (int tab = 0; tab < tabs->count(); ++tab)
                printables << tabs->widget(tab);
        }
        for (QWidget *widget : std::as_const(printables)) {
            // Printable is an interface: its signal is found by name.
            if (qobject_cast<Printable *>(widget))
                connect(widget, SIGNAL(printableChanged()), this, SLOT(updatePrintAction()));
        }

        auto *item = new QListWidgetItem(spec.title, m_navigation);
        item->setData(Qt::UserRole, spec.id);
        item->setData(Qt::UserRole + 1, index);
        item->setToolTip(spec.description);

        auto *action = new QAction(spec.title, this);
        action->setObjectName(spec.id + QStringLiteral("PageAction"));
        action->setStatusTip(spec.description);
        if (shortcut <= 9)
            action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(shortcut++)));
        const QString id = spec.id;
        connect(action, &QAction::triggered, this, [this, id] { showPage(id); });
        m_goMenu->addAction(action);
        m_pageActions << action;
    }
    if (m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
    updatePrintAction();
    // The translated titles differ in length: the list is as wide as its
    // widest title (up to its maximum), so that none is cut off.
    const int widest = m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth()
        + 2 * m_navigation->spacing() + fontMetrics().averageCharWidth();
    m_navigation->setMinimumWidth(qMin(widest, m_navigation->maximumWidth()));
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem *item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool MainWindow::showPage(const QString &pageId)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == pageId) {
            m_navigation->item(row)->setHidden(false);
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

Printable *MainWindow::currentPrintable() const
{
    QWidget *page = m_pageStack->currentWidget();
    if (auto *tabs = qobject_cast<QTabWidget *>(page))
        page = tabs->currentWidget();
    return page ? qobject_cast<Printable *>(page) : nullptr;
}

void MainWindow::updatePrintAction()
{
    const bool open = m_company && m_company->isOpen() && !isLocked();
    const Printable *printable = open ? currentPrintable() : nullptr;
    m_printAction->setEnabled(printable && printable->canPrint());
}

void MainWindow::printCurrent()
{
    updatePrintAction();
    if (!m_printAction->isEnabled())
        return;
    if (Printable *printable = currentPrintable())
        printable->printPreview();
}

void MainWindow::filterNavigation(const QString &text)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

void MainWindow::signOut()
{
    m_idleWatcher->stop();
    clearPages();
    const QString path = m_company ? m_company->path() : m_companyFilePath;
    const QString username = m_company ? m_company->session().username() : QString();
    const bool hadCompany = m_company != nullptr;
    m_company.reset(); // closes the database and wipes the key
    setCompanyActionsVisible(false);
    menuBar()->setEnabled(true);
    m_central->setCurrentWidget(m_welcomePage);
    updateStatusBar();
    if (hadCompany && !path.isEmpty()) {
        openCompany(path);
        if (auto *login = findChild<LoginDialog *>(QStringLiteral("loginDialog")))
            login->setUsername(username);
    }
}

bool MainWindow::isLocked() const
{
    return m_central->currentWidget() == m_lockWidget;
}

void MainWindow::checkIdle()
{
    if (m_company && m_company->isOpen() && !isLocked() && m_central->currentWidget() == m_companyView
        && !IdleWatcher::isHeld() && m_company->session().isIdleExpired())
        lockNow();
}

void MainWindow::lockNow()
{
    if (!m_company || !m_company->isOpen() || m_central->currentWidget() != m_companyView)
        return;
    // Dialogs opened over the company (About, Change password, a page's
    // editor) would stay readable above the lock.
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    // Nothing of the company stays readable or reachable: the pages are
    // destroyed (their models with them), and menus, tool bar and shortcuts
    // are off until the lock widget installs a proven session.
    clearPages();
    setCompanyActionsVisible(false);
    menuBar()->setEnabled(false);
    m_companyView->setEnabled(false);
    // The company closes while locked: the database key is wiped and the
    // file is free; unlocking signs in again from the key file.
    const QString path = m_company->path();
    m_lockWidget->prepare(path, m_company->session().username());
    m_company.reset();
    m_companyFilePath = path;
    m_central->setCurrentWidget(m_lockWidget);
    updateStatusBar();
}

void MainWindow::unlocked(bool userChanged)
{
    Q_UNUSED(userChanged)
    m_company = m_lockWidget->takeCompany();
    if (!m_company)
        return;
    if (m_company->session().mustChangePassword()) {
        setCompany(std::move(m_company));
        return;
    }
    refreshSession();
}

void MainWindow::changePassword()
{
    if (!m_company)
        return;
    auto *dialog = new ChangePasswordDialog(*m_company, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace stockbook::ui
