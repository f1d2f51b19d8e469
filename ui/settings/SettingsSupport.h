// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "lock/IdleWatcher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QFormLayout;
class QLabel;
class QProgressDialog;
class QPushButton;
class QWidget;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// A form whose rows carry an error line under their input, found by the
// field name core puts in Error::field (e.g. "company.currency"), as in the
// record editors (editors/EditorDialog.h).
class FieldForm {
public:
    explicit FieldForm(QWidget *parent);

    QFormLayout *layout() const { return m_form; }
    // label carries its mnemonic; its buddy is input, named
    // "<input's objectName>Label". `trailing` sits after the input on the
    // same line: a QLabel (a note) takes the spare width, anything else (a
    // button) keeps its size and the input grows.
    QLabel *addRow(const QString &label, QWidget *input, const QString &field, QWidget *trailing = nullptr);
    // A row showing `display` (a group of widgets) whose label buddy and
    // error focus is `input`, one of them.
    QLabel *addGroupRow(const QString &label, QWidget *display, QWidget *input, const QString &field);

    // Shows the message under the field's row and, with takeFocus, moves the
    // focus there; false when no row has that field (the caller shows it
    // elsewhere).
    bool showError(const Error &error, bool takeFocus = true);
    void clearErrors();
    QString errorText(const QString &field) const;

private:
    struct Row {
        QWidget *input = nullptr;
        QWidget *box = nullptr;
        QLabel *text = nullptr;
    };
    QWidget *m_parent;
    QFormLayout *m_form;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByField;
};

// A line under a tab saying what the last action did: plain for success,
// "Not saved: …" with the error colour for a refusal.
QLabel *makeStatusLine(QWidget *parent, const QString &objectName);
void showStatus(QLabel *line, const QString &text, bool error);

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent);

// Sizes a dialog about `characters` wide (measured in its font, so it follows
// the scaling) and tall enough for its wrapped text at that width.
void resizeToCharacters(QWidget *dialog, int characters);

// Runs work on a worker thread under a window-modal progress dialog without
// an end or a Cancel button, whose text says what is happening. The window
// keeps painting and answering meanwhile; the idle lock is held off
// (IdleWatcher::Hold), and the dialog, the window it covers and the windows
// under that one refuse to close. finished() follows on the GUI thread, then
// the task deletes itself. The work must not touch widgets, nor the
// company's connection (it belongs to the GUI thread): see withWorkerSession.
// A parent destroyed meanwhile takes the task with it; the thread then ends
// on its own.
class BackgroundTask : public QObject {
    Q_OBJECT

public:
    static BackgroundTask *start(QWidget *parent, const QString &title, const QString &text,
                                 std::function<void()> work);
    ~BackgroundTask() override;

    QProgressDialog *dialog() const { return m_dialog; }

signals:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit BackgroundTask(QWidget *parent);
    void end();

    QPointer<QProgressDialog> m_dialog;
    QList<QPointer<QWidget>> m_windows;
    std::unique_ptr<IdleWatcher::Hold> m_hold;
};

// The work of a BackgroundTask that needs the company: on the worker thread
// it opens a connection of its own to the company's file
// (Database::Mode::Shared, read and write under the lock this process
// holds), keyed with a copy of the company's key, and runs work on a
// CompanySession of that thread with a copy of the signed-in session, so
// the service checks the permission as on the GUI thread. The key copy is
// wiped when it ends. failed gets the error when the file does not open.
std::function<void()> withWorkerSession(CompanySession &company, std::function<void(CompanySession &)> work,
                                        std::function<void(const Error &)> failed);

} // namespace stockbook::ui
