// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportRunner.h"

#include "services/CompanySession.h"

#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <optional>

namespace stockbook::ui {

struct ReportRunner::Job {
    QMutex mutex;
    storage::Database *db = nullptr; // the worker's connection while it is open
    bool cancelled = false;
    std::optional<Result<ReportTable>> result;
};

ReportRunner::ReportRunner(CompanySession &company, QObject *parent) : QObject(parent), m_company(company) { }

ReportRunner::~ReportRunner()
{
    m_current.reset();
    for (const Worker &w : std::as_const(m_workers)) {
        if (!w.thread)
            continue;
        // An interrupt between two statements is lost, so repeat it until the
        // worker has seen it.
        do
            interrupt(*w.job);
        while (!w.thread->wait(50));
    }
}

void ReportRunner::interrupt(Job &job)
{
    QMutexLocker lock(&job.mutex);
    job.cancelled = true;
    if (job.db)
        job.db->interrupt();
}

void ReportRunner::cancel()
{
    if (m_current)
        interrupt(*m_current);
    m_current.reset();
}

void ReportRunner::start(const QString &report, const ReportFilters &filters)
{
    cancel();
    // Refused here, on the company's own connection, so the refusal is
    // audited; the worker's service call checks again.
    if (auto allowed = ReportService(m_company).checkAccess(report); !allowed.ok()) {
        emit failed(allowed.error().message);
        return;
    }
    auto job = std::make_shared<Job>();
    auto key = std::make_shared<SecretBytes>(SecretBytes::copyOf(m_company.databaseKey().bytes()));
    const QString path = m_company.path();
    const Session session = m_company.session();
    QThread *thread = QThread::create([job, key, path, session, report, filters] {
        auto db = storage::Database::open(path, *key, storage::Database::Mode::ReadOnly);
        if (!db.ok()) {
            key->clear();
            job->result = db.error();
            return;
        }
        bool cancelled = false;
        {
            QMutexLocker lock(&job->mutex);
            cancelled = job->cancelled;
            if (!cancelled)
                job->db = db.value().get();
        }
        if (cancelled) {
            key->clear();
            return; // before it began; the connection closes here
        }
        CompanySession worker(std::move(db).value(), std::move(*key), session);
        Result<ReportTable> table = ReportService(worker).run(report, filters);
        {
            QMutexLocker lock(&job->mutex);
            job->db = nullptr;
        }
        job->result = std::move(table);
        // worker closes the connection and wipes the key as it goes.
    });
    thread->setObjectName(QStringLiteral("report-") + report);
    m_current = job;
    m_workers.append({thread, job});
    connect(thread, &QThread::finished, this, [this, job, thread] {
        m_workers.removeIf([thread](const Worker &w) { return w.thread == thread || !w.thread; });
        done(job);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ReportRunner::done(const std::shared_ptr<Job> &job)
{
    if (job != m_current)
        return; // superseded or cancelled
    m_current.reset();
    if (!job->result)
        emit failed(tr("The report was cancelled."));
    else if (job->result->ok())
        emit finished(job->result->value());
    else
        emit failed(job->result->error().message);
}

} // namespace stockbook::ui
