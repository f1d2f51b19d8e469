// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QMainWindow>
#include <QString>

class QAction;
class QLabel;

namespace stockbook::ui {

class WelcomePage;

// The application's one top-level window. Until a company is open it shows
// the welcome page; the screens of an open company replace it in later
// versions.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    // Remembers the company file named on the command line and shows it in the
    // status bar. The file is not opened: that needs the sign-in screen.
    void setCompanyFilePath(const QString &path);
    QString companyFilePath() const { return m_companyFilePath; }

private:
    void createActions();
    void createMenus();
    void updateStatusBar();
    void showAbout();

    QAction *m_newCompanyAction = nullptr;
    QAction *m_openCompanyAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_companyFilePath;
};

} // namespace stockbook::ui
