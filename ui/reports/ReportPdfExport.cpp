// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportPdfExport.h"

#include "services/CompanySession.h"
#include "services/reports/ReportService.h"
#include "storage/SafeFile.h"

#include <QSaveFile>
#include <QThread>

#include <atomic>

namespace stockbook::ui {

struct ReportPdfExport::Job {
    print::ReportSheet sheet;
    QString path;
    std::unique_ptr<QSaveFile> file; // written by the worker, committed here
    std::atomic_bool cancelled{false};
    std::atomic_int percent{-1};
    int pages = 0; // the worker's result, read once its thread has finished
};

ReportPdfExport::ReportPdfExport(CompanySession &company, QObject *parent)
    : QObject(parent), m_company(company)
{ }

ReportPdfExport::~ReportPdfExport()
{
    if (m_job)
        m_job->cancelled = true;
    if (m_thread)
        m_thread->wait();
    if (m_job && m_job->file)
        m_job->file->cancelWriting();
}

void ReportPdfExport::fail(const Error &error)
{
    m_result = error;
    emit failed(error.message);
}

bool ReportPdfExport::start(const print::ReportSheet &sheet, const QString &path)
{
    if (m_job)
        return false;
    if (auto allowed = ReportService(m_company).checkExport(sheet.table); !allowed.ok()) {
        fail(allowed.error());
        return false;
    }
    auto job = std::make_shared<Job>();
    job->sheet = sheet;
    job->path = path;
    job->file = std::make_unique<QSaveFile>(path);
    // Owner-only, never through a link; the save dialog asked before replacing.
    if (auto opened = storage::openOutputFile(*job->file, storage::Replace::Yes); !opened.ok()) {
        fail(opened.error());
        return false;
    }
    m_result = 0;
    m_job = job;
    QThread *thread = QThread::create([this, job] {
        QSaveFile *file = job->file.get();
        job->pages = print::writeReportPdf(job->sheet, *file, [this, job](qsizetype done, qsizetype total) {
            if (job->cancelled)
                return false;
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (job->percent.exchange(percent) != percent) {
                // Queued to the GUI thread; dropped if this object is gone.
                QMetaObject::invokeMethod(
                    this,
                    [this, job, percent] {
                        if (job == m_job)
                            emit progressChanged(percent);
                    },
                    Qt::QueuedConnection);
            }
            return true;
        });
    });
    thread->setObjectName(QStringLiteral("report-pdf"));
    m_thread = thread;
    connect(thread, &QThread::finished, this, [this, job] { done(job); });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return true;
}

void ReportPdfExport::cancel()
{
    if (m_job)
        m_job->cancelled = true;
}

void ReportPdfExport::done(const std::shared_ptr<Job> &job)
{
    if (job != m_job)
        return;
    m_job.reset();
    m_thread.clear();
    QSaveFile &file = *job->file;
    if (job->cancelled || job->pages < 0) {
        file.cancelWriting();
        m_result = makeError(ErrorCode::InvalidState, tr("The export was cancelled."));
        emit cancelled();
        return;
    }
    if (job->pages == 0 || file.error() != QFileDevice::NoError) {
        const QString reason = file.errorString();
        file.cancelWriting();
        fail(makeError(ErrorCode::Io, tr("The file %1 cannot be written: %2").arg(job->path, reason),
                       QStringLiteral("file")));
        return;
    }
    // The audit entry first: the file appears only once it is recorded.
    if (auto recorded = ReportService(m_company).recordExport(job->sheet.table, QStringLiteral("pdf"),
                                                              job->path);
        !recorded.ok()) {
        file.cancelWriting();
        fail(recorded.error());
        return;
    }
    if (!file.commit()) {
        fail(makeError(ErrorCode::Io,
                       tr("The file %1 cannot be written: %2").arg(job->path, file.errorString()),
                       QStringLiteral("file")));
        return;
    }
    m_result = job->pages;
    emit finished(job->pages);
}

} // namespace stockbook::ui
