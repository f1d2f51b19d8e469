// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "services/reports/ReportService.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Runs reports off the GUI thread, so a report over a large company leaves
// the window responsive. ReportService works on the connection of the thread
// that opened it, so each run opens its own read-only connection on a worker
// thread, keyed with a copy of the company's key (wiped when the run ends),
// and runs as a copy of the signed-in session: the permission check is
// ReportService's, as on the GUI thread. WAL lets it read while the app
// writes.
//
// start() first asks ReportService::checkAccess on the company's connection,
// so a refusal is audited as anywhere else (and failed() is emitted at once).
// A new start() supersedes the running one, whose result is dropped.
// cancel() and the destructor interrupt the worker's statement
// (Database::interrupt) and the destructor waits for the workers, so once a
// page is gone (sign-out, the idle lock) no connection or key copy is left.
class ReportRunner : public QObject {
    Q_OBJECT

public:
    explicit ReportRunner(CompanySession &company, QObject *parent = nullptr);
    ~ReportRunner() override;

    void start(const QString &report, const ReportFilters &filters);
    void cancel();
    bool isRunning() const { return m_current != nullptr; }
    // A worker thread has not ended yet: the current run's, or a cancelled or
    // superseded one's (whose result is dropped when it ends). False once
    // every worker has ended and been dealt with.
    bool hasWorkers() const { return !m_workers.isEmpty(); }

signals:
    void finished(const stockbook::ReportTable &table);
    void failed(const QString &message);

private:
    struct Job;
    struct Worker {
        QPointer<QThread> thread;
        std::shared_ptr<Job> job;
    };
    static void interrupt(Job &job);
    void done(const std::shared_ptr<Job> &job);

    CompanySession &m_company;
    std::shared_ptr<Job> m_current;
    QList<Worker> m_workers; // every thread not yet finished, the current one included
};

} // namespace stockbook::ui
