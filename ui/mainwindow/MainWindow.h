// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "security/Session.h"
#include "shell/Pages.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QFrame;
class QMenu;
class QShortcut;
class QStackedWidget;
class QToolBar;

namespace stockbook {
class ChangeNotifier;
class CompanySession;
} // namespace stockbook

namespace stockbook::ui {

class IdleWatcher;
class LockWidget;
class Printable;
class WelcomePage;

// The application's one top-level window. Without a company it shows the
// welcome page. With one, a navigation list on the left shows the pages the
// signed-in role may use (shell/Pages.h) and the page stack on the right
// their bodies; menus and the tool bar hold only the actions the role may
// use. An idle session is covered by the lock screen.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // "Now" for new sessions and the idle lock (tests use a fake clock).
    void setClock(Clock clock);
    IdleWatcher *idleWatcher() const { return m_idleWatcher; }

    // Replaces the body of a page (placeholder until then) for the next
    // company or user shown. Domain screens plug in here.
    void setPageFactory(const QString &pageId, PageFactory factory);

    // Remembers the company file and shows it in the status bar.
    void setCompanyFilePath(const QString &path);
    QString companyFilePath() const { return m_companyFilePath; }

    // Shows the login dialog for the file (window-modal; returns at once).
    void openCompany(const QString &path);
    // Shows the login dialog for another company file while one is open;
    // the open company is closed only once the sign-in succeeds (Cancel
    // keeps it). Without an open company the same as openCompany().
    void switchCompany(const QString &path);
    // Shows the first-run wizard creating a company at path; its demo path
    // ends at the login dialog for the demo file.
    void startFirstRun(const QString &path);

    // Takes over an open company. A temporary password opens the
    // must-change dialog first (cancelling it signs out).
    void setCompany(std::unique_ptr<CompanySession> company);
    CompanySession *company() const { return m_company.get(); }
    // Rebuilds navigation, menus and status bar for the company's current
    // session (after CompanySession::setSession).
    void refreshSession();
    void signOut();

    // The idle check the timer runs: warns shortly before the idle limit
    // (IdleWatcher::warningLead) and locks when the session has expired.
    void checkIdle();
    // Locks at once (File > Lock).
    void lockNow();
    bool isLocked() const;
    // Whether the bar saying that the window is about to lock shows.
    bool isIdleWarningShown() const;

    QString currentPageId() const;
    // Shows the page and puts the keyboard focus on its first field.
    bool showPage(const QString &pageId);

    // What File > Print prints: the page shown, or the tab shown of a page
    // of tabs, when it is Printable; null otherwise.
    Printable *currentPrintable() const;

private slots:
    // Enables File > Print when the page shown has something to print.
    void updatePrintAction();

private:
    void printCurrent();
    void createActions();
    void createMenus();
    void updateStatusBar();
    void watchChanges();
    void reconnect();
    static QString companyDisplayName(const QString &pathOrUrl);
    void showAbout();
    void enterCompany();
    void buildPages();
    void clearPages();
    void unlocked(bool userChanged);
    void lock(bool idle);
    QString keepUnsavedWork();
    void restoreAfterUnlock();
    void restorePendingWork();
    void hideIdleWarning();
    void focusCurrentPage();
    void openFoundPage();
    void newDocument();
    void updateNewDocumentShortcut();
    void chooseAndOpen();
    // File > Open on a server: asks for the address, then signs in.
    void chooseServerAndOpen();
    void chooseAndCreate();
    void changePassword();
    void filterNavigation(const QString &text);
    void setCompanyActionsVisible(bool visible);
    void openStockDialog(bool transfer);
    void refreshLists();

    Clock m_clock = systemClock();
    QAction *m_newCompanyAction = nullptr;
    QAction *m_openCompanyAction = nullptr;
    QAction *m_openServerAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_printAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_transferAction = nullptr;
    QAction *m_stocktakeAction = nullptr;
    QMenu *m_stockMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_central = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QWidget *m_companyView = nullptr;
    QWidget *m_waitingPage = nullptr;
    QLineEdit *m_navigationFilter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    LockWidget *m_lockWidget = nullptr;
    IdleWatcher *m_idleWatcher = nullptr;
    QLabel *m_statusLabel = nullptr;
    QFrame *m_idleWarning = nullptr;
    QLabel *m_idleWarningLabel = nullptr;
    QShortcut *m_newDocumentShortcut = nullptr;
    // What the user who locked was doing, for their unlock: the page and tab
    // shown, and the drafts their unsaved invoices were kept as (page id,
    // draft id).
    struct LeftWork {
        QString username;
        QString pageId;
        int tab = -1;
        QList<std::pair<QString, qint64>> drafts;
    };
    LeftWork m_leftWork;
    QString m_companyFilePath;
    QList<PageSpec> m_pages;
    QList<QAction *> m_pageActions;
    std::unique_ptr<CompanySession> m_company;
    // After m_company: destroyed before it, while its connection is open.
    std::unique_ptr<ChangeNotifier> m_changes;
};

} // namespace stockbook::ui
