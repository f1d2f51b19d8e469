// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "Result.h"
#include "common/Printable.h"
#include "services/reports/ReportService.h"

#include <QElapsedTimer>
#include <QImage>
#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QProgressDialog;
class QPushButton;
class QSplitter;
class QTableView;

namespace stockbook {
class CompanySession;
}

namespace stockbook::print {
struct ReportSheet;
}

namespace stockbook::ui {

class ReportFilterBar;
class ReportPdfExport;
class ReportRunner;
class ReportTableModel;

// The Reports page: pick a report and its filters, Run (F5), and read the
// result as a sortable table with its totals row kept last, with a chart
// where one says more. The report runs on a worker thread (ReportRunner)
// while a busy bar shows and Cancel stops it. Export CSV writes what the CLI
// writes (ReportService::exportCsv); Export PDF draws the print library's
// report sheet on a worker thread (ReportPdfExport) under a progress dialog
// with Cancel, and the file appears once ReportService::recordExport has
// checked data.export and audited it; Print (with a preview) draws it after
// recordExport. File > Print is that Print.
class ReportView : public QWidget, public Printable {
    Q_OBJECT
    Q_INTERFACES(stockbook::ui::Printable)

public:
    explicit ReportView(CompanySession &company, QWidget *parent = nullptr);
    ~ReportView() override;

    void selectReport(const QString &report);
    QString currentReport() const;
    ReportFilterBar *filterBar() const { return m_filters; }

    void run();
    void cancel();
    bool isRunning() const;
    // The last report shown; hasResult() is false before the first run and
    // after an error.
    bool hasResult() const { return m_hasResult; }
    const ReportTable &table() const;
    ReportTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QChartView *chartView() const { return m_chartView; }

    // Shows a table as if its report had just run (the tour, tests).
    void showReport(const ReportTable &table) { showTable(table); }

    // How a CSV file writes its numbers: as the user's language does
    // ("1.234,50", fields separated by ';' where the decimal separator is a
    // comma: what a spreadsheet in that language reads), or plain as the
    // command line writes them ("1234.50", ReportService::exportCsv).
    enum class CsvNumbers { Language, Plain };
    // The file dialog's two choices, in the order of CsvNumbers.
    static QStringList csvNameFilters();

    // Non-interactive exports of the report shown (tests, the tour);
    // exportPdf waits for startPdfExport while the event loop runs.
    Result<void> exportCsv(const QString &path, CsvNumbers numbers = CsvNumbers::Plain);
    Result<void> exportPdf(const QString &path);
    // Starts writing the PDF on a worker thread under the progress dialog
    // ("reportPdfProgress", window-modal, with Cancel); false when it could
    // not start. pdfExportFinished() follows, or pdfExportFailed().
    bool startPdfExport(const QString &path);
    bool isExportingPdf() const;
    ReportPdfExport *pdfExport() const { return m_pdfExport; }
    // The chart drawn at a fixed size for paper; null when there is none.
    QImage chartImage() const;

    // Ask for a file or open the print preview ("reportPrintPreview",
    // window-modal), then report failures in a box. The CSV file dialog
    // ("reportCsvDialog") offers csvNameFilters() and starts on the choice
    // made last time.
    void exportCsvInteractive();
    void exportPdfInteractive();
    void printWithPreview();

    // A result is shown, no report runs and the session may export.
    bool canPrint() const override;
    void printPreview() override { printWithPreview(); }

signals:
    void printableChanged();
    void reportFinished();
    void reportFailed(const QString &message);
    void pdfExportFinished(const QString &path, int pages);
    void pdfExportFailed(const QString &message); // also when cancelled

private:
    void reportChanged();
    void showTable(const ReportTable &table);
    void showError(const QString &message);
    void setBusy(bool busy);
    void closePdfProgress();
    void updateButtons();
    print::ReportSheet sheet() const;

    CompanySession &m_company;
    ReportRunner *m_runner = nullptr;
    ReportPdfExport *m_pdfExport = nullptr;
    QProgressDialog *m_pdfProgress = nullptr;
    QString m_pdfPath;
    bool m_pdfInteractive = false; // failures shown in a box
    QComboBox *m_report = nullptr;
    ReportFilterBar *m_filters = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QSplitter *m_splitter = nullptr;
    QTableView *m_view = nullptr;
    ReportTableModel *m_model = nullptr;
    QChartView *m_chartView = nullptr;
    QElapsedTimer m_clock;
    bool m_hasResult = false;
    bool m_canExport = false;
};

} // namespace stockbook::ui
