// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "ReportSheet.h"
#include "Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QThread;

namespace stockbook {
class CompanySession;
}

namespace stockbook::ui {

// Writes a report sheet as a PDF off the GUI thread, so a report of a
// million rows leaves the window responsive. start() asks
// ReportService::checkExport first (a refusal is audited and reported at
// once), opens a QSaveFile for the path and draws the sheet into it on a
// worker thread (the text document, fonts and the PDF writer are all built
// there). When the drawing is done, ReportService::recordExport writes the
// audit entry on the company's connection and only then is the file renamed
// into place. cancel() stops the drawing; a cancelled or failed export
// leaves no file (and an existing file as it was). The destructor cancels
// and waits for the worker.
class ReportPdfExport : public QObject {
    Q_OBJECT

public:
    explicit ReportPdfExport(CompanySession &company, QObject *parent = nullptr);
    ~ReportPdfExport() override;

    // False when it could not start (failed() has been emitted).
    bool start(const print::ReportSheet &sheet, const QString &path);
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    // The outcome of the last export: its page count or its error.
    const Result<int> &result() const { return m_result; }

signals:
    void progressChanged(int percent);
    void finished(int pages);
    void failed(const QString &message);
    void cancelled();

private:
    struct Job;
    void done(const std::shared_ptr<Job> &job);
    void fail(const Error &error);

    CompanySession &m_company;
    std::shared_ptr<Job> m_job;
    QPointer<QThread> m_thread;
    Result<int> m_result{0};
};

} // namespace stockbook::ui
