// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "firstrun/DemoProvider.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

#include <algorithm>

namespace stockbook::ui {

namespace {

// The context lupdate gives a tr() call in namespace stockbook::ui.
QString tr(const char *text)
{
    return QCoreApplication::translate("stockbook::ui", text);
}

QString text(const SecretBytes &secret)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(secret.data()),
                               static_cast<qsizetype>(secret.size()));
}

Result<DemoCompany> makeDemo(const QString &path, DemoSize size, QWidget *parent)
{
    if (QFileInfo::exists(path))
        return DemoCompany{path, {}, {}};
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return makeError(ErrorCode::Io,
                         tr("Cannot create the folder %1 for the demo company.")
                             .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));

    QProgressDialog progress(tr("Making the demo company…"), tr("Cancel"), 0, 0, parent);
    progress.setObjectName(QStringLiteral("demoProgressDialog"));
    progress.setWindowTitle(tr("Demo company"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    progress.setValue(0);
    QCoreApplication::processEvents(); // shown before the first, slowest stage (the key derivations)
    // The generator reports (stage, done, total) per stage; each stage fills
    // the bar once. Cancel removes the half-made company.
    const DemoProgress report = [&progress](const QString &stage, qint64 done, qint64 total) {
        progress.setLabelText(tr("Making the demo company: %1…").arg(stage));
        const qint64 maximum = std::clamp<qint64>(total, 1, 1'000'000'000);
        progress.setMaximum(static_cast<int>(maximum));
        progress.setValue(static_cast<int>(std::clamp<qint64>(done, 0, maximum)));
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    };
    auto made = DemoGenerator::create(path, size, report);
    progress.close();
    if (!made.ok())
        return made.error();
    DemoCompany demo;
    demo.path = path;
    for (const DemoLogin &login : made->logins)
        demo.logins.append({login.username, login.role, text(login.password)});
    demo.recoveryKey = text(made->recoveryKey);
    return demo;
}

} // namespace

DemoCompanyProvider demoCompanyProvider(const QString &path, DemoSize size)
{
    return [path, size](QWidget *parent) { return makeDemo(path, size, parent); };
}

} // namespace stockbook::ui
