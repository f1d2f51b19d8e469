// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace stockbook::ui {

// The frame shared by the record editors: a form of labelled rows, an error
// line under each row, a general error line, and Save / Cancel. Save calls
// submit(); on success the dialog is accepted and saved() is emitted. On a
// failure the error's field selects the row: its message appears under that
// input (icon and text, not colour alone), the input takes the focus, and
// nothing typed is cleared. Errors without a known field go to the general
// line above the buttons.
class EditorDialog : public QDialog {
    Q_OBJECT

public:
    // The id of the record written by the last successful save (0 before).
    qint64 savedId() const { return m_savedId; }
    bool isReadOnly() const { return m_readOnly; }

    // The error text shown for a field ("" while none), for tests and tools.
    QString errorText(const QString &field) const;
    QString generalErrorText() const;

    QSize sizeHint() const override;

signals:
    void saved(qint64 id);

protected:
    explicit EditorDialog(QWidget *parent = nullptr);

    // Writes the record; returns its id or the service's error.
    virtual Result<qint64> submit() = 0;

    // Adds a labelled row. `label` carries its mnemonic ("&SKU:"); its buddy
    // is `input`, which receives the errors whose field is `field`. `suffix`
    // (a currency or a unit) sits after the input on the same line.
    QLabel *addRow(const QString &label, QWidget *input, const QString &field, QWidget *suffix = nullptr);
    // Another service field name shown at an existing row.
    void addFieldAlias(const QString &field, const QString &existingField);
    void setRowVisible(QWidget *input, bool visible);
    // A multi-line input a few lines tall in which Tab moves on.
    QPlainTextEdit *makeTextArea(const QString &objectName, int lines);

    // Call once every row is added: the buttons, the tab order and the size.
    void finishLayout();
    // No Save button, inputs read-only; Cancel becomes Close.
    void setReadOnly(bool readOnly);

    void showError(const Error &error);
    void clearErrors();

private:
    struct Row {
        QWidget *input = nullptr;
        QWidget *errorBox = nullptr;
        QLabel *errorText = nullptr;
        QWidget *container = nullptr;
    };

    void trySave();
    QWidget *makeErrorBox(QLabel **text, const QString &objectName);

    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QWidget *m_generalBox = nullptr;
    QLabel *m_generalText = nullptr;
    QList<Row> m_rows;
    QHash<QString, int> m_rowByField;
    qint64 m_savedId = 0;
    bool m_readOnly = false;
};

} // namespace stockbook::ui
