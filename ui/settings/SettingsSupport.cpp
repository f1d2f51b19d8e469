// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "settings/SettingsSupport.h"

#include "common/FieldError.h"
#include "services/CompanySession.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace stockbook::ui {

FieldForm::FieldForm(QWidget *parent) : m_parent(parent), m_form(new QFormLayout)
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
}

QLabel *FieldForm::addRow(const QString &label, QWidget *input, const QString &field, QWidget *trailing)
{
    if (!trailing)
        return addGroupRow(label, input, input, field);
    auto *line = new QWidget(m_parent);
    line->setObjectName(input->objectName() + QStringLiteral("Line"));
    auto *row = new QHBoxLayout(line);
    row->setContentsMargins(0, 0, 0, 0);
    // A note takes the spare width; a button or unit keeps its own.
    const bool note = qobject_cast<QLabel *>(trailing) != nullptr;
    row->addWidget(input, note ? 0 : 1);
    row->addWidget(trailing, note ? 1 : 0);
    return addGroupRow(label, line, input, field);
}

QLabel *FieldForm::addGroupRow(const QString &label, QWidget *display, QWidget *input, const QString &field)
{
    auto *container = new QWidget(m_parent);
    container->setObjectName(input->objectName() + QStringLiteral("Row"));
    auto *stack = new QVBoxLayout(container);
    stack->setContentsMargins(0, 0, 0, 0);
    stack->setSpacing(2);
    stack->addWidget(display);
    Row row;
    row.input = input;
    row.box = makeErrorBox(m_parent, &row.text, input->objectName() + QStringLiteral("Error"));
    stack->addWidget(row.box);

    auto *text = new QLabel(label, m_parent);
    text->setObjectName(input->objectName() + QStringLiteral("Label"));
    text->setBuddy(input);
    m_form->addRow(text, container);
    m_rowByField.insert(field, static_cast<int>(m_rows.size()));
    m_rows.append(row);
    return text;
}

bool FieldForm::showError(const Error &error, bool takeFocus)
{
    const int index = error.field.isEmpty() ? -1 : m_rowByField.value(error.field, -1);
    if (index < 0)
        return false;
    const Row &row = m_rows.at(index);
    row.text->setText(error.message);
    row.box->show();
    // Screen readers announce the description with the focused input.
    row.input->setAccessibleDescription(error.message);
    if (takeFocus)
        row.input->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldForm::clearErrors()
{
    for (const Row &row : std::as_const(m_rows)) {
        row.box->hide();
        row.text->clear();
        row.input->setAccessibleDescription({});
    }
}

QString FieldForm::errorText(const QString &field) const
{
    const int index = m_rowByField.value(field, -1);
    if (index < 0 || m_rows.at(index).box->isHidden())
        return {};
    return m_rows.at(index).text->text();
}

QLabel *makeStatusLine(QWidget *parent, const QString &objectName)
{
    auto *line = new QLabel(parent);
    line->setObjectName(objectName);
    line->setWordWrap(true);
    line->setTextFormat(Qt::PlainText);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return line;
}

void showStatus(QLabel *line, const QString &text, bool error)
{
    QPalette palette = line->parentWidget()->palette();
    if (error)
        palette.setColor(QPalette::WindowText, errorColour(palette));
    line->setPalette(palette);
    line->setText(error
                      ? QCoreApplication::translate("stockbook::ui::SettingsDialog", "Not done: %1").arg(text)
                      : text);
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

void resizeToCharacters(QWidget *dialog, int characters)
{
    const int width = qMax(dialog->minimumSizeHint().width(),
                           dialog->fontMetrics().averageCharWidth() * characters);
    const int height = dialog->hasHeightForWidth() ? dialog->heightForWidth(width)
                                                   : dialog->sizeHint().height();
    dialog->resize(width, qMax(height, dialog->minimumSizeHint().height()));
}

namespace {

// Stays until the work ends: neither Esc nor the window's close button
// hides it.
class BusyDialog : public QProgressDialog {
public:
    BusyDialog(const QString &text, QWidget *parent) : QProgressDialog(text, QString(), 0, 0, parent) { }
    void reject() override { }

protected:
    void closeEvent(QCloseEvent *event) override { event->ignore(); }
};

} // namespace

BackgroundTask::BackgroundTask(QWidget *parent) : QObject(parent) { }

BackgroundTask::~BackgroundTask()
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            window->removeEventFilter(this);
    }
    delete m_dialog.data();
}

BackgroundTask *BackgroundTask::start(QWidget *parent, const QString &title, const QString &text,
                                      std::function<void()> work)
{
    auto *task = new BackgroundTask(parent);
    task->m_hold = std::make_unique<IdleWatcher::Hold>();
    for (QWidget *widget = parent; widget; widget = widget->parentWidget()) {
        widget = widget->window();
        widget->installEventFilter(task);
        task->m_windows.append(widget);
    }

    auto *dialog = new BusyDialog(text, parent);
    dialog->setObjectName(QStringLiteral("settingsBusyDialog"));
    dialog->setWindowTitle(title);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setCancelButton(nullptr);
    dialog->setMinimumDuration(0);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    task->m_dialog = dialog;
    dialog->show();

    // Not a child of the task: a thread object must outlive its thread.
    QThread *thread = QThread::create(std::move(work));
    thread->setObjectName(QStringLiteral("settingsWorker"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, task, &BackgroundTask::end);
    thread->start();
    return task;
}

void BackgroundTask::end()
{
    for (const QPointer<QWidget> &window : std::as_const(m_windows)) {
        if (window)
            window->removeEventFilter(this);
    }
    m_windows.clear();
    delete m_dialog.data();
    m_hold.reset();
    emit finished();
    deleteLater();
}

bool BackgroundTask::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Close) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

std::function<void()> withWorkerSession(CompanySession &company, std::function<void(CompanySession &)> work,
                                        std::function<void(const Error &)> failed)
{
    auto key = std::make_shared<SecretBytes>(SecretBytes::copyOf(company.databaseKey().bytes()));
    // The signing keys go along, so that the worker's audit rows are signed and
    // its checkpoints written (a backup, a key rotation).
    struct Keys {
        SigningKey user, admin;
        QByteArray trusted;
        QHash<qint64, QByteArray> publicKeys;
    };
    auto keys = std::make_shared<Keys>();
    for (auto [from, to] : {std::pair{&company.userSigningKey(), &keys->user},
                            std::pair{&company.adminSigningKey(), &keys->admin}})
        *to = SigningKey{from->userId, SecretBytes::copyOf(from->seed.bytes()), from->publicKey};
    keys->trusted = company.trustedAdminKey();
    keys->publicKeys = company.userPublicKeys();
    return [key, keys, path = company.path(), session = company.session(), work = std::move(work),
            failed = std::move(failed)] {
        auto db = storage::Database::open(path, *key, storage::Database::Mode::Shared);
        if (!db.ok()) {
            key->clear();
            failed(db.error());
            return;
        }
        CompanySession worker(std::move(db).value(), std::move(*key), session);
        worker.setUserSigningKey(std::move(keys->user));
        worker.setAdminSigningKey(std::move(keys->admin));
        worker.setTrustedAdminKey(keys->trusted);
        worker.setUserPublicKeys(keys->publicKeys);
        work(worker);
        // worker closes its connection and wipes the key as it goes.
    };
}

} // namespace stockbook::ui
