// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

class QFormLayout;
class QLabel;
class QProgressDialog;
class QPushButton;
class QWidget;

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

// A modal progress dialog without an end or a Cancel button for work that
// runs synchronously on the GUI thread (the company's connection belongs to
// it): shown and painted before the work starts, closed when this goes out
// of scope. Only paint events are processed, so no click reaches the window
// meanwhile; parentAlive() tells whether the parent survived them.
class BusyIndicator {
public:
    BusyIndicator(QWidget *parent, const QString &text);
    ~BusyIndicator();
    BusyIndicator(const BusyIndicator &) = delete;
    BusyIndicator &operator=(const BusyIndicator &) = delete;

    bool parentAlive() const { return !m_parent.isNull(); }

private:
    QPointer<QWidget> m_parent;
    QPointer<QProgressDialog> m_dialog;
};

} // namespace stockbook::ui
