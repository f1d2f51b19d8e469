// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "firstrun/DemoProvider.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

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

    // The generator runs on a worker thread (its company and database
    // connection live and die there), so the progress window paints at once
    // and keeps painting through the slow key derivations. The worker leaves
    // (stage, done, total) here; a timer shows the latest. Cancel asks the
    // worker to stop at its next report, and it removes the half-made company.
    struct Shared {
        std::mutex mutex;
        QString stage;
        qint64 done = 0;
        qint64 total = 0;
        bool changed = false;
        std::atomic<bool> cancel{false};
        std::optional<Result<DemoSummary>> made;
    } shared;
    QEventLoop loop;
    std::thread worker([&shared, &loop, path, size] {
        auto made = DemoGenerator::create(path, size,
                                          [&shared](const QString &stage, qint64 done, qint64 total) {
                                              const std::lock_guard lock(shared.mutex);
                                              shared.stage = stage;
                                              shared.done = done;
                                              shared.total = total;
                                              shared.changed = true;
                                              return !shared.cancel.load();
                                          });
        {
            const std::lock_guard lock(shared.mutex);
            shared.made.emplace(std::move(made));
        }
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &progress, [&shared, &progress] {
        QString stage;
        qint64 done = 0;
        qint64 total = 0;
        {
            // Copied out: a modal progress dialog's setValue() processes
            // events, which may run this again.
            const std::lock_guard lock(shared.mutex);
            if (!shared.changed || shared.cancel.load())
                return;
            shared.changed = false;
            stage = shared.stage;
            done = shared.done;
            total = shared.total;
        }
        progress.setLabelText(tr("Making the demo company: %1…").arg(stage));
        const qint64 maximum = std::clamp<qint64>(total, 1, 1'000'000'000);
        progress.setMaximum(static_cast<int>(maximum));
        progress.setValue(static_cast<int>(std::clamp<qint64>(done, 0, maximum)));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&shared, &progress] {
        // QProgressDialog hides itself on Cancel; it stays up, without a
        // second Cancel, until the worker has removed what it made.
        shared.cancel = true;
        progress.setLabelText(tr("Cancelling: removing the half-made demo company…"));
        if (auto *button = progress.findChild<QPushButton *>())
            button->setEnabled(false);
        progress.show();
    });
    tick.start();
    progress.show();
    loop.exec(); // until the worker has finished (queued, so never missed)
    worker.join();
    tick.stop();
    progress.close();
    auto made = std::move(*shared.made);
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
