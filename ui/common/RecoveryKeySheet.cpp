// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "common/RecoveryKeySheet.h"
#include "storage/SafeFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextDocument>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

QString writeKey(const QString &path, const QString &key)
{
    QSaveFile file(path);
    // Owner-only from creation, never through a link; the save dialog asked
    // before replacing a file.
    if (auto opened = storage::openOutputFile(file, storage::Replace::Yes); !opened.ok())
        return opened.error().message;
    file.write(key.toLatin1() + '\n');
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return tr("Saved to %1. Only your account can read the file.").arg(QDir::toNativeSeparators(path));
}

} // namespace

void printRecoveryKey(QWidget *parent, const QString &companyPath, const QString &key,
                      const std::function<void(const QString &)> &done)
{
    auto *printer = new QPrinter;
    auto *dialog = new QPrintDialog(printer, parent);
    dialog->setObjectName(QStringLiteral("recoveryPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The dialog holds the printer by pointer: it goes once the dialog is gone.
    QObject::connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    QObject::connect(dialog, &QDialog::accepted, parent, [printer, companyPath, key, done] {
        QTextDocument document;
        document.setPlainText(
            tr("Stockbook recovery key\nCompany file: %1\n\n%2\n\nKeep this sheet somewhere safe.")
                .arg(QDir::toNativeSeparators(companyPath), key));
        document.print(printer);
        done(tr("Sent to the printer."));
    });
    dialog->open();
}

void saveRecoveryKey(QWidget *parent, const QString &key, const std::function<void(const QString &)> &done)
{
    auto *dialog = new QFileDialog(parent, tr("Save recovery key"),
                                   QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                       .filePath(QStringLiteral("stockbook-recovery-key.txt")),
                                   tr("Text files (*.txt)"));
    dialog->setObjectName(QStringLiteral("recoverySaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [key, done](const QString &path) { done(writeKey(path, key)); });
    dialog->open();
}

} // namespace stockbook::ui
