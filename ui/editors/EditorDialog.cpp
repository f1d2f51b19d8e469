// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "editors/EditorDialog.h"

#include "common/FieldError.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextEdit>
#include <QVBoxLayout>
#include <QtMath>

namespace stockbook::ui {

namespace {

void makeReadOnly(QWidget *input, bool readOnly)
{
    if (auto *line = qobject_cast<QLineEdit *>(input))
        line->setReadOnly(readOnly);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(input))
        spin->setReadOnly(readOnly);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(input))
        plain->setReadOnly(readOnly);
    else if (auto *rich = qobject_cast<QTextEdit *>(input))
        rich->setReadOnly(readOnly);
    else if (qobject_cast<QComboBox *>(input) || qobject_cast<QCheckBox *>(input))
        input->setEnabled(!readOnly); // no read-only state of their own
}

} // namespace

EditorDialog::EditorDialog(QWidget *parent) : QDialog(parent)
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *column = new QVBoxLayout(this);
    column->addLayout(m_form);
    m_generalBox = makeErrorBox(&m_generalText, QStringLiteral("generalError"));
}

QPlainTextEdit *EditorDialog::makeTextArea(const QString &objectName, int lines)
{
    auto *area = new QPlainTextEdit(this);
    area->setObjectName(objectName);
    // Tab moves to the next input, as everywhere else in the form.
    area->setTabChangesFocus(true);
    // A few lines tall, measured in the font so it follows the scaling.
    const int margins = 2 * area->frameWidth() + 2 * qCeil(area->document()->documentMargin());
    area->setMaximumHeight(area->fontMetrics().lineSpacing() * lines + margins);
    return area;
}

QWidget *EditorDialog::makeErrorBox(QLabel **text, const QString &objectName)
{
    return ui::makeErrorBox(this, text, objectName);
}

QLabel *EditorDialog::addRow(const QString &label, QWidget *input, const QString &field, QWidget *suffix)
{
    Row row;
    row.input = input;
    row.container = new QWidget(this);
    row.container->setObjectName(input->objectName() + QStringLiteral("Row"));
    auto *stack = new QVBoxLayout(row.container);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(2);
    if (suffix) {
        auto *line = new QHBoxLayout;
        line->addWidget(input, 1);
        line->addWidget(suffix);
        stack->addLayout(line);
    } else {
        stack->addWidget(input);
    }
    row.errorBox = makeErrorBox(&row.errorText, input->objectName() + QStringLiteral("Error"));
    stack->addWidget(row.errorBox);

    auto *text = new QLabel(label, this);
    text->setObjectName(input->objectName() + QStringLiteral("Label"));
    text->setBuddy(input);
    m_form->addRow(text, row.container);

    m_rowByField.insert(field, static_cast<int>(m_rows.size()));
    m_rows.append(row);
    return text;
}

void EditorDialog::addFieldAlias(const QString &field, const QString &existingField)
{
    if (m_rowByField.contains(existingField))
        m_rowByField.insert(field, m_rowByField.value(existingField));
}

void EditorDialog::setRowVisible(QWidget *input, bool visible)
{
    for (const Row &row : std::as_const(m_rows)) {
        if (row.input == input)
            m_form->setRowVisible(row.container, visible);
    }
}

void EditorDialog::finishLayout()
{
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_saveButton = m_buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &EditorDialog::trySave);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *column = static_cast<QVBoxLayout *>(layout());
    column->addStretch(1);
    column->addWidget(m_generalBox);
    column->addWidget(m_buttons);

    QWidget *previous = nullptr;
    for (const Row &row : std::as_const(m_rows)) {
        if (row.input->focusPolicy() == Qt::NoFocus)
            continue;
        if (previous)
            setTabOrder(previous, row.input);
        previous = row.input;
    }

    resize(sizeHint());
}

QSize EditorDialog::sizeHint() const
{
    // Wide enough for a product name and a one-line error; measured in
    // characters so it follows the font and the scaling, not a pixel count.
    const QSize hint = QDialog::sizeHint();
    return {qMax(hint.width(), fontMetrics().averageCharWidth() * 72), hint.height()};
}

void EditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &row : std::as_const(m_rows))
        makeReadOnly(row.input, readOnly);
    if (m_saveButton) {
        m_saveButton->setVisible(!readOnly);
        m_saveButton->setDefault(!readOnly);
    }
    if (m_cancelButton) {
        m_cancelButton->setText(readOnly ? tr("Close") : tr("Cancel"));
        m_cancelButton->setDefault(readOnly);
    }
}

QString EditorDialog::errorText(const QString &field) const
{
    const int index = m_rowByField.value(field, -1);
    if (index < 0 || m_rows.at(index).errorBox->isHidden())
        return {};
    return m_rows.at(index).errorText->text();
}

QString EditorDialog::generalErrorText() const
{
    return !m_generalBox->isHidden() ? m_generalText->text() : QString();
}

void EditorDialog::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.errorBox->hide();
        row.errorText->clear();
        row.input->setAccessibleDescription({});
    }
    m_generalBox->hide();
    m_generalText->clear();
}

void EditorDialog::showError(const Error &error)
{
    const int index = error.field.isEmpty() ? -1 : m_rowByField.value(error.field, -1);
    if (index < 0) {
        m_generalText->setText(error.message);
        m_generalBox->show();
        return;
    }
    const Row &row = m_rows.at(index);
    row.errorText->setText(error.message);
    row.errorBox->show();
    // Screen readers announce the description with the focused input.
    row.input->setAccessibleDescription(error.message);
    row.input->setFocus(Qt::OtherFocusReason);
}

void EditorDialog::trySave()
{
    if (m_readOnly)
        return;
    clearErrors();
    auto result = submit();
    if (!result.ok()) {
        showError(result.error());
        return;
    }
    m_savedId = result.value();
    emit saved(m_savedId);
    accept();
}

} // namespace stockbook::ui
