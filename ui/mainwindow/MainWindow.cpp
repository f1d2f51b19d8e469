// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "mainwindow/MainWindow.h"

#include "Resources.h"
#include "about/AboutDialog.h"
#include "common/ComboSizing.h"
#include "common/Printable.h"
#include "domain/Labels.h"
#include "firstrun/FirstRunWizard.h"
#include "invoices/InvoiceEntry.h"
#include "lock/IdleWatcher.h"
#include "lock/LockWidget.h"
#include "login/ChangePasswordDialog.h"
#include "login/LoginDialog.h"
#include "login/ServerCompanyDialog.h"
#include "models/PagedSqlModel.h"
#include "reports/ReportPages.h"
#include "services/CompanySession.h"
#include "services/changes/ChangeNotifier.h"
#include "services/lock/PendingWorkService.h"
#include "settings/KeyDialogs.h"
#include "stock/StockPages.h"
#include "stock/StocktakeDialog.h"
#include "stock/TransferDialog.h"
#include "storage/Location.h"
#include "welcome/WelcomePage.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
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
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
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

// The page list: its type-ahead would jump to another page on the first
// letters typed while it has the focus, so it has none ("Find a page" finds).
class NavigationList : public QListWidget {
public:
    using QListWidget::QListWidget;
    void keyboardSearch(const QString &) override { }
};

// Whether the widget is a field to type in (not a button, tab bar or label).
bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
        || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QTextEdit *>(widget)
        || (qobject_cast<const QAbstractItemView *>(widget) && !qobject_cast<const QTabBar *>(widget));
}

// The first field of the page in its tab order that can take the focus.
QWidget *firstInput(QWidget *page)
{
    QWidget *widget = page;
    for (int guard = 0; guard < 10000; ++guard) {
        widget = widget->nextInFocusChain();
        if (!widget || widget == page)
            return nullptr;
        if (page->isAncestorOf(widget) && widget->isVisibleTo(page) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && isInput(widget))
            return widget;
    }
    return nullptr;
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
    m_welcomePage = new WelcomePage(m_newCompanyAction, m_openCompanyAction, m_openServerAction, m_central);
    m_central->addWidget(m_welcomePage);

    m_companyView = new QWidget(m_central);
    m_companyView->setObjectName(QStringLiteral("companyView"));
    m_navigationFilter = new QLineEdit(m_companyView);
    m_navigationFilter->setObjectName(QStringLiteral("navigationFilter"));
    m_navigationFilter->setPlaceholderText(tr("Find a page"));
    m_navigationFilter->setAccessibleName(tr("Find a page"));
    m_navigation = new NavigationList(m_companyView);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setMaximumWidth(fontMetrics().averageCharWidth() * 28);
    m_navigation->setSpacing(2);
    m_navigation->verticalScrollBar()->setObjectName(QStringLiteral("navigationVerticalScrollBar"));
    m_navigation->horizontalScrollBar()->setObjectName(QStringLiteral("navigationHorizontalScrollBar"));
    m_pageStack = new QStackedWidget(m_companyView);
    m_pageStack->setObjectName(QStringLiteral("pageStack"));

    // Shown shortly before the idle lock; any input hides it again.
    m_idleWarning = new QFrame(m_companyView);
    m_idleWarning->setObjectName(QStringLiteral("idleWarningBar"));
    m_idleWarning->setFrameShape(QFrame::StyledPanel);
    m_idleWarning->setAutoFillBackground(true);
    QPalette warningPalette = m_idleWarning->palette();
    warningPalette.setColor(QPalette::Window, QColor(0xff, 0xf3, 0xcd));
    warningPalette.setColor(QPalette::WindowText, QColor(0x4d, 0x3b, 0x00));
    m_idleWarning->setPalette(warningPalette);
    m_idleWarningLabel = new QLabel(m_idleWarning);
    m_idleWarningLabel->setObjectName(QStringLiteral("idleWarningLabel"));
    m_idleWarningLabel->setWordWrap(true);
    auto *stay = new QPushButton(tr("Stay signed in"), m_idleWarning);
    stay->setObjectName(QStringLiteral("staySignedInButton"));
    auto *warningLayout = new QHBoxLayout(m_idleWarning);
    warningLayout->addWidget(m_idleWarningLabel, 1);
    warningLayout->addWidget(stay);
    m_idleWarning->setVisible(false);
    connect(stay, &QPushButton::clicked, this, [this] {
        if (m_company && m_company->isOpen() && !isLocked() && !m_company->session().isIdleExpired())
            m_company->session().touch();
        hideIdleWarning();
    });

    auto *side = new QVBoxLayout;
    side->addWidget(m_navigationFilter);
    side->addWidget(m_navigation);
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_pageStack, 1);
    auto *companyLayout = new QVBoxLayout(m_companyView);
    companyLayout->addWidget(m_idleWarning);
    companyLayout->addLayout(body, 1);
    m_central->addWidget(m_companyView);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pageStack->setCurrentIndex(m_navigation->item(row)->data(Qt::UserRole + 1).toInt());
        updatePrintAction();
        // Arrow keys in the list browse the pages; any other switch puts
        // the focus where typing starts.
        if (!m_navigation->hasFocus())
            focusCurrentPage();
    });
    connect(m_navigation, &QListWidget::itemActivated, this, [this] { focusCurrentPage(); });
    connect(m_navigation, &QListWidget::itemClicked, this, [this] { focusCurrentPage(); });
    connect(m_navigationFilter, &QLineEdit::textChanged, this, &MainWindow::filterNavigation);
    connect(m_navigationFilter, &QLineEdit::returnPressed, this, &MainWindow::openFoundPage);

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
        if (m_company && m_company->isOpen() && !isLocked() && !m_company->session().isIdleExpired()) {
            m_company->session().touch();
            hideIdleWarning();
        }
    });
    connect(m_idleWatcher, &IdleWatcher::checkDue, this, &MainWindow::checkIdle);
    // The user waited for the work that held the idle lock off: that time
    // does not count as idle, even when it was longer than the limit.
    connect(m_idleWatcher, &IdleWatcher::holdEnded, this, [this] {
        if (m_company && m_company->isOpen() && !isLocked()) {
            m_company->session().touch();
            hideIdleWarning();
        }
    });

    // Ctrl+N from anywhere in the window: a new invoice. Inside the invoice
    // entry its own Ctrl+N serves (one key on two enabled shortcuts would be
    // ambiguous, and Qt would run neither), so this one is off there.
    m_newDocumentShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    m_newDocumentShortcut->setObjectName(QStringLiteral("newDocumentShortcut"));
    m_newDocumentShortcut->setContext(Qt::WindowShortcut);
    connect(m_newDocumentShortcut, &QShortcut::activated, this, &MainWindow::newDocument);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::updateNewDocumentShortcut);

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
    // The children destroyed after this body (a dialog left open) move the
    // focus, which must no longer reach this half-destroyed window.
    disconnect(qApp, &QApplication::focusChanged, this, nullptr);
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

    m_openServerAction = makeAction(tr("Open on a ser&ver…"), "openServerAction", this);
    m_openServerAction->setStatusTip(tr("Open a company on a PostgreSQL server and sign in"));
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::chooseServerAndOpen);

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
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_findAction); // from anywhere in the window, also with the tool bar hidden
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_navigationFilter->setFocus(Qt::ShortcutFocusReason);
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
    fileMenu->addAction(m_openServerAction);
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

// On a company on a server, another workstation's posting reads the open
// lists again (the server's NOTIFY, services/changes/ChangeNotifier).
void MainWindow::watchChanges()
{
    m_changes.reset();
    if (!m_company || !m_company->isServer())
        return;
    m_changes = std::make_unique<ChangeNotifier>(*m_company);
    connect(m_changes.get(), &ChangeNotifier::changed, this, &MainWindow::refreshLists);
}

// The server connection broke (a save said so): the user signs in again
// with their password, and the company goes on with the new connection. The
// pages stay as they are, with what is typed in them; saving again then goes
// through. Signing in as someone else is refused: the pages are this user's.
void MainWindow::reconnect()
{
    if (!m_company || !m_company->isServer() || findChild<LoginDialog *>(QStringLiteral("reconnectDialog")))
        return;
    auto *login = new LoginDialog(m_company->path(), m_clock, this);
    login->setObjectName(QStringLiteral("reconnectDialog"));
    login->setAttribute(Qt::WA_DeleteOnClose);
    login->setWindowTitle(tr("Connect again"));
    login->setUsername(m_company->session().username());
    connect(login, &QDialog::accepted, this, [this, login] {
        std::unique_ptr<CompanySession> fresh = login->takeCompany();
        if (!fresh || !m_company)
            return;
        if (fresh->session().userId() != m_company->session().userId()) {
            statusBar()->showMessage(
                tr("Signed in as another user: sign in as %1 to go on with this work, or sign out.")
                    .arg(m_company->session().username()),
                15000);
            return;
        }
        m_changes.reset(); // listens on the broken connection
        m_company->replaceDatabase(fresh->takeDatabase(), SecretBytes());
        watchChanges();
        refreshLists();
        statusBar()->showMessage(tr("Connected again to %1. Save again what was not saved.")
                                     .arg(companyDisplayName(m_company->path())),
                                 15000);
    });
    login->open();
}

// After stock moved from a menu action: the open lists read again.
void MainWindow::refreshLists()
{
    for (PagedSqlModel *model : m_pageStack->findChildren<PagedSqlModel *>())
        model->refresh();
}

// A company file's path, or a company on a server by its display name (which
// never holds a password).
QString MainWindow::companyDisplayName(const QString &pathOrUrl)
{
    if (storage::Location::looksLikeUrl(pathOrUrl)) {
        auto location = storage::Location::parse(pathOrUrl);
        return location.ok() ? location->displayName() : QString();
    }
    return QDir::toNativeSeparators(pathOrUrl);
}

void MainWindow::updateStatusBar()
{
    // A company on a server is named in the title: several windows on several
    // servers must not be mixed up.
    const QString current = m_company ? m_company->path() : m_companyFilePath;
    if (storage::Location::looksLikeUrl(current) && !companyDisplayName(current).isEmpty())
        setWindowTitle(tr("%1 — Stockbook").arg(companyDisplayName(current)));
    else
        setWindowTitle(tr("Stockbook"));

    if (isLocked()) {
        m_statusLabel->setText(tr("Locked — %1").arg(companyDisplayName(m_companyFilePath)));
    } else if (m_company && m_company->isOpen()) {
        const Session &session = m_company->session();
        const QString where = companyDisplayName(m_company->path());
        m_statusLabel->setText(tr("Signed in: %1 — role: %2 — %3")
                                   .arg(session.username(), roleLabel(session.roleName()), where));
    } else if (m_companyFilePath.isEmpty()) {
        m_statusLabel->setText(tr("No company open"));
    } else if (storage::Location::looksLikeUrl(m_companyFilePath)) {
        m_statusLabel->setText(
            tr("Company on a server: %1 (not opened)").arg(companyDisplayName(m_companyFilePath)));
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
    connect(login, &QDialog::accepted, this, [this, login] {
        setCompany(login->takeCompany());
        activateWindow(); // the keyboard goes on here, where the dialog was
    });
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
        } else if (wizard->serverChosen()) {
            chooseServerAndOpen();
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
    connect(login, &QDialog::accepted, this, [this, login] {
        setCompany(login->takeCompany());
        activateWindow(); // the keyboard goes on here, where the dialog was
    });
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

void MainWindow::chooseServerAndOpen()
{
    auto *dialog = new ServerCompanyDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (storage::Location::looksLikeUrl(m_companyFilePath))
        dialog->setUrl(m_companyFilePath);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString url = dialog->url();
        signOut();
        openCompany(url);
        if (auto *login = findChild<LoginDialog *>(QStringLiteral("loginDialog"))) {
            auto location = storage::Location::parse(url);
            if (location.ok() && !location->serverAddress().user.isEmpty())
                login->setUsername(location->serverAddress().user);
        }
    });
    dialog->open();
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
    m_changes.reset(); // listens on the old company's connection
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
    watchChanges();
    refreshSession();
    m_idleWatcher->start();
    restorePendingWork();
    // The key file of an earlier version was upgraded at this administrator's
    // sign-in: the new recovery key is shown once, as after a key change.
    if (m_company->hasNewRecoveryKey()) {
        SecretBytes key = m_company->takeNewRecoveryKey();
        QString text = QString::fromLatin1(reinterpret_cast<const char *>(key.data()),
                                           static_cast<qsizetype>(key.size()));
        auto *dialog = new RecoveryKeyDialog(m_company->path(), text, this);
        text.fill(QChar(u'\0'));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    }
    // What sign-in found against the last administrators' checkpoint (users,
    // roles or audit history changed outside the program): shown once,
    // without blocking the window.
    if (const QStringList findings = m_company->signInFindings(); !findings.isEmpty()) {
        m_company->setSignInFindings({});
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Changes since the last checkpoint"),
            tr("Signing in found changes to users, roles, permissions or the audit log "
               "that no administrator has signed: they may have been made outside "
               "Stockbook. Tell an administrator."),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("signInFindings"));
        box->setInformativeText(findings.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
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
    focusCurrentPage();
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
            // A tab chosen by its key (Alt+N) starts at its first field; one
            // clicked or chosen with the arrows of the tab bar keeps the focus.
            connect(tabs, &QTabWidget::currentChanged, this, [this, tabs] {
                QWidget *focus = QApplication::focusWidget();
                if (tabs->isVisible() && !(focus && qobject_cast<QTabBar *>(focus)))
                    focusCurrentPage();
            });
            for (int tab = 0; tab < tabs->count(); ++tab)
                printables << tabs->widget(tab);
        }
        for (QWidget *widget : std::as_const(printables)) {
            // Printable is an interface: its signal is found by name.
            if (qobject_cast<Printable *>(widget))
                connect(widget, SIGNAL(printableChanged()), this, SLOT(updatePrintAction()));
        }
        for (InvoiceEntry *entry : body->findChildren<InvoiceEntry *>())
            connect(entry, &InvoiceEntry::connectionLost, this, &MainWindow::reconnect);

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
    focusCurrentPage();
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
            focusCurrentPage();
            return true;
        }
    }
    return false;
}

void MainWindow::focusCurrentPage()
{
    QWidget *page = m_pageStack->currentWidget();
    if (!page || isLocked() || m_central->currentWidget() != m_companyView)
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(page); tabs && tabs->currentWidget())
        page = tabs->currentWidget();
    // A page that knows where typing starts says so (the invoice entry: the
    // customer, or New invoice after a post); others get their first field.
    if (page->metaObject()->indexOfMethod("focusFirstField()") >= 0) {
        QMetaObject::invokeMethod(page, "focusFirstField", Qt::DirectConnection);
        return;
    }
    if (QWidget *input = firstInput(page))
        input->setFocus(Qt::OtherFocusReason);
    else
        page->setFocus(Qt::OtherFocusReason);
}

// Enter in "Find a page": the first page it lists opens.
void MainWindow::openFoundPage()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        QListWidgetItem *item = m_navigation->item(row);
        if (item->isHidden())
            continue;
        const QString id = item->data(Qt::UserRole).toString();
        m_navigationFilter->clear(); // the list shows every page again
        showPage(id);
        return;
    }
}

// Ctrl+N outside the invoice entry: the purchases page's entry when it is
// shown, otherwise the sales page's, on its New tab. Work typed there stays
// (the entry's own Ctrl+N starts over).
void MainWindow::newDocument()
{
    if (!m_company || !m_company->isOpen() || isLocked())
        return;
    QString pageId = currentPageId() == QLatin1String("purchases") ? QStringLiteral("purchases")
                                                                   : QStringLiteral("sales");
    QWidget *page = m_pageStack->findChild<QWidget *>(pageId + QStringLiteral("Page"),
                                                      Qt::FindDirectChildrenOnly);
    auto *entry = page ? page->findChild<InvoiceEntry *>() : nullptr;
    if (!entry)
        return;
    if (auto *tabs = qobject_cast<QTabWidget *>(page))
        tabs->setCurrentWidget(entry);
    if (!entry->hasUnsavedWork())
        entry->newInvoice();
    showPage(pageId);
}

// Off while the focus is inside a widget with its own Ctrl+N.
void MainWindow::updateNewDocumentShortcut()
{
    const QKeySequence keys = m_newDocumentShortcut->key();
    bool taken = false;
    for (QWidget *w = QApplication::focusWidget(); w && !taken && w != this; w = w->parentWidget()) {
        for (const QAction *action : w->actions()) {
            if (action->isEnabled() && action->shortcuts().contains(keys)
                && action->shortcutContext() != Qt::WindowShortcut) {
                taken = true;
                break;
            }
        }
    }
    m_newDocumentShortcut->setEnabled(!taken);
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
    m_changes.reset();
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

bool MainWindow::isIdleWarningShown() const
{
    return m_idleWarning->isVisible();
}

void MainWindow::hideIdleWarning()
{
    m_idleWarning->setVisible(false);
}

void MainWindow::checkIdle()
{
    if (!m_company || !m_company->isOpen() || isLocked() || m_central->currentWidget() != m_companyView
        || IdleWatcher::isHeld())
        return;
    const Session &session = m_company->session();
    if (session.isIdleExpired()) {
        lock(true);
        return;
    }
    if (!session.lastActivity().isValid())
        return;
    const qint64 limit = qint64(session.idleLimitMinutes()) * 60;
    const qint64 lead = qMin<qint64>(m_idleWatcher->warningLead(), limit / 2);
    const qint64 left = limit - session.lastActivity().secsTo(session.now());
    if (left > lead)
        return;
    m_idleWarningLabel->setText(
        tr("Stockbook locks in %n second(s) without activity. Unsaved invoices are kept as your drafts.",
           nullptr, int(qMax<qint64>(left, 1))));
    m_idleWarning->setVisible(true);
}

void MainWindow::lockNow()
{
    lock(false);
}

// Keeps what the signed-in user typed and has not saved, before the pages
// go: each invoice entry with unsaved lines becomes the author's draft
// (InvoiceService::keepDraftOnLock, audited), reopened when they unlock.
// Returns what the lock screen says about it (empty: nothing was open).
QString MainWindow::keepUnsavedWork()
{
    QStringList said;
    for (int index = 0; index < m_pageStack->count(); ++index) {
        QWidget *page = m_pageStack->widget(index);
        const QString pageId = page->objectName().chopped(4); // "<id>Page"
        for (InvoiceEntry *entry : page->findChildren<InvoiceEntry *>()) {
            if (!entry->hasUnsavedWork())
                continue;
            const bool sale = entry->type() == InvoiceType::Sale;
            auto kept = entry->keepDraftForLock();
            if (kept.ok()) {
                m_leftWork.drafts.append({pageId, kept.value()});
                said << (sale ? tr("Your unsaved sale was kept as draft %1 and reopens when you unlock.")
                              : tr("Your unsaved purchase was kept as draft %1 and reopens when you unlock."))
                            .arg(kept.value());
            } else if (kept.error().code == ErrorCode::InvalidArgument) {
                // Not complete enough for a draft (no customer yet, a quantity
                // that cannot be read): kept as typed for its author.
                const auto pending = PendingWorkService(*m_company)
                                         .keepOnLock(sale ? PendingWorkKind::Sale : PendingWorkKind::Purchase,
                                                     entry->pendingWork());
                if (pending.ok())
                    said
                        << (sale
                                ? tr("Your unsaved sale cannot be a draft yet (%1) and was kept as typed; it "
                                     "reopens when you unlock.")
                                : tr(
                                    "Your unsaved purchase cannot be a draft yet (%1) and was kept as typed; "
                                    "it reopens when you unlock."))
                               .arg(kept.error().message);
                else
                    said << (sale ? tr("Your unsaved sale could not be kept as a draft: %1")
                                  : tr("Your unsaved purchase could not be kept as a draft: %1"))
                                .arg(pending.error().message);
            } else {
                said << (sale ? tr("Your unsaved sale could not be kept as a draft: %1")
                              : tr("Your unsaved purchase could not be kept as a draft: %1"))
                            .arg(kept.error().message);
            }
        }
    }
    // The stock tasks are dialogs without drafts: their fields are kept for
    // their author by PendingWorkService and reopen at their next unlock or
    // sign-in (restorePendingWork()).
    const auto keep = [this, &said](PendingWorkKind kind, const QJsonObject &work, const QString &done,
                                    const QString &failed) {
        const auto kept = PendingWorkService(*m_company).keepOnLock(kind, work);
        said << (kept.ok() ? done : failed.arg(kept.error().message));
    };
    for (TransferDialog *dialog : findChildren<TransferDialog *>()) {
        if (dialog->isVisible() && dialog->hasUnsavedWork())
            keep(PendingWorkKind::Transfer, dialog->pendingWork(),
                 tr("Your unsaved transfer was kept and reopens when you unlock."),
                 tr("Your unsaved transfer could not be kept: %1"));
    }
    for (StocktakeDialog *dialog : findChildren<StocktakeDialog *>()) {
        if (dialog->isVisible() && dialog->hasUnsavedWork())
            keep(PendingWorkKind::Stocktake, dialog->pendingWork(),
                 tr("Your unsaved stocktake was kept and reopens when you unlock."),
                 tr("Your unsaved stocktake could not be kept: %1"));
    }
    return said.join(QLatin1Char('\n'));
}

// What the lock kept as typed for the signed-in user (an invoice not
// complete enough for a draft, a transfer, a stocktake) opens again as they
// left it, at their unlock or next sign-in.
void MainWindow::restorePendingWork()
{
    if (!m_company || !m_company->isOpen() || isLocked())
        return;
    const Session &session = m_company->session();
    if (session.has(Permission::InvoiceCreate)) {
        for (const auto &[kind, pageId] :
             {std::pair{PendingWorkKind::Sale, QStringLiteral("sales")},
              std::pair{PendingWorkKind::Purchase, QStringLiteral("purchases")}}) {
            QWidget *page = m_pageStack->findChild<QWidget *>(pageId + QStringLiteral("Page"),
                                                              Qt::FindDirectChildrenOnly);
            auto *entry = page ? page->findChild<InvoiceEntry *>() : nullptr;
            if (!entry)
                continue;
            auto work = PendingWorkService(*m_company).take(kind);
            if (!work.ok() || !work.value())
                continue;
            if (auto *tabs = qobject_cast<QTabWidget *>(page))
                tabs->setCurrentWidget(entry);
            entry->restorePendingWork(*work.value());
            showPage(pageId);
        }
    }
    const auto changed = [this] { refreshLists(); };
    if (session.has(Permission::StockTransfer)) {
        auto work = PendingWorkService(*m_company).take(PendingWorkKind::Transfer);
        if (work.ok() && work.value())
            openTransferDialog(*m_company, this, changed)->restorePendingWork(*work.value());
    }
    if (session.has(Permission::StockAdjust)) {
        auto work = PendingWorkService(*m_company).take(PendingWorkKind::Stocktake);
        if (work.ok() && work.value())
            openStocktakeDialog(*m_company, this, changed)->restorePendingWork(*work.value());
    }
}

void MainWindow::lock(bool idle)
{
    if (!m_company || !m_company->isOpen() || m_central->currentWidget() != m_companyView)
        return;
    hideIdleWarning();
    m_leftWork = {};
    m_leftWork.username = m_company->session().username();
    m_leftWork.pageId = currentPageId();
    if (auto *tabs = qobject_cast<QTabWidget *>(m_pageStack->currentWidget()))
        m_leftWork.tab = tabs->currentIndex();
    const QString kept = keepUnsavedWork();
    // Dialogs opened over the company (About, Change password, a page's
    // editor) would stay readable above the lock. done(), not reject(): a
    // dialog that asks before dropping typed work must not ask now, what
    // could be kept has been.
    const QWidget *active = QApplication::activeWindow();
    bool closedActive = false;
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible()) {
            closedActive = closedActive || dialog == active;
            dialog->done(QDialog::Rejected);
        }
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
    m_lockWidget->prepare(path, m_company->session().username(),
                          idle ? LockWidget::Reason::Idle : LockWidget::Reason::Manual, kept);
    m_changes.reset();
    m_company.reset();
    m_companyFilePath = path;
    m_central->setCurrentWidget(m_lockWidget);
    updateStatusBar();
    // The password is typed here when one of the closed dialogs had the keyboard.
    if (closedActive)
        activateWindow();
}

void MainWindow::unlocked(bool userChanged)
{
    m_company = m_lockWidget->takeCompany();
    if (!m_company)
        return;
    if (m_company->session().mustChangePassword()) {
        setCompany(std::move(m_company));
        return;
    }
    watchChanges();
    refreshSession();
    // The user who locked is back where they left; another user starts on
    // their first page and finds the kept drafts in the draft lists.
    if (!userChanged)
        restoreAfterUnlock();
    m_leftWork = {};
    restorePendingWork();
}

void MainWindow::restoreAfterUnlock()
{
    if (m_leftWork.username.isEmpty() || m_company->session().username() != m_leftWork.username)
        return;
    for (const auto &[pageId, draftId] : std::as_const(m_leftWork.drafts)) {
        QWidget *page = m_pageStack->findChild<QWidget *>(pageId + QStringLiteral("Page"),
                                                          Qt::FindDirectChildrenOnly);
        if (auto *entry = page ? page->findChild<InvoiceEntry *>() : nullptr)
            entry->resumeDraft(draftId);
    }
    if (!m_leftWork.pageId.isEmpty())
        showPage(m_leftWork.pageId);
    if (auto *tabs = qobject_cast<QTabWidget *>(m_pageStack->currentWidget());
        tabs && m_leftWork.tab >= 0 && m_leftWork.tab < tabs->count())
        tabs->setCurrentIndex(m_leftWork.tab);
    focusCurrentPage();
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
