// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "reports/ReportView.h"

#include "ReportSheet.h"
#include "Tr.h"
#include "common/FieldError.h"
#include "domain/Labels.h"
#include "domain/Money.h"
#include "domain/NumberFormat.h"
#include "reports/ReportChart.h"
#include "reports/ReportFilterBar.h"
#include "reports/ReportPdfExport.h"
#include "reports/ReportRunner.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportWidgets.h"
#include "services/CompanySession.h"
#include "services/reports/ReportRegistry.h"
#include "services/reports/output/ReportFormat.h"
#include "services/settings/SettingsService.h"
#include "storage/SafeFile.h"

#include <QAbstractButton>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QMessageBox>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace stockbook::ui {

namespace {

// Kilograms, metres and pieces do not add up, so a report whose rows hold
// several units has no quantity total: the status line gives one per unit
// instead ("Quantity per unit: 12.5 kg · 3 metre · 410 piece"), over the
// item rows (not subtotals).
QString quantityPerUnit(const ReportTable &table, int rowKindColumn)
{
    const int unit = int(table.columns.indexOf(QStringLiteral("unit")));
    const int quantity = int(table.columns.indexOf(QStringLiteral("quantity")));
    if (unit < 0 || quantity < 0 || !table.quantityColumns.contains(quantity))
        return {};
    QStringList units;
    QMap<QString, qint64> sums;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (rowKindColumn >= 0 && table.rows.cell(r, rowKindColumn).toString() != QLatin1String("item"))
            continue;
        const QString u = table.rows.cell(r, unit).toString();
        if (!sums.contains(u))
            units << u;
        sums[u] += table.rows.cell(r, quantity).toLongLong();
    }
    if (units.size() < 2)
        return {};
    const NumberFormat numbers;
    QStringList parts;
    for (const QString &u : units)
        parts << numbers.quantity(sums.value(u)) + QLatin1Char(' ') + unitLabel(u);
    return QCoreApplication::translate("stockbook::ui::ReportView", "Quantity per unit: %1")
        .arg(parts.join(QStringLiteral(" · ")));
}

// The chart as pasted into a PDF or a print: wide and short, with text about
// as large as the table's once scaled to the page.
constexpr QSize PaperChartSize(800, 320);

void replaceChart(QChartView *view, QChart *chart)
{
    QChart *old = view->chart();
    view->setChart(chart ? chart : new QChart);
    delete old;
    view->setVisible(chart != nullptr);
}

} // namespace

ReportView::ReportView(CompanySession &company, QWidget *parent) : QWidget(parent), m_company(company)
{
    setObjectName(QStringLiteral("reportView"));
    m_canExport = m_company.session().has(Permission::DataExport);
    m_runner = new ReportRunner(company, this);
    connect(m_runner, &ReportRunner::finished, this, &ReportView::showTable);
    connect(m_runner, &ReportRunner::failed, this, &ReportView::showError);
    m_pdfExport = new ReportPdfExport(company, this);
    connect(m_pdfExport, &ReportPdfExport::progressChanged, this, [this](int percent) {
        if (m_pdfProgress)
            m_pdfProgress->setValue(percent);
    });
    connect(m_pdfExport, &ReportPdfExport::finished, this, [this](int pages) {
        closePdfProgress();
        m_status->setText(
            tr("Saved %1 (%n page(s)).", nullptr, pages).arg(QDir::toNativeSeparators(m_pdfPath)));
        emit pdfExportFinished(m_pdfPath, pages);
    });
    connect(m_pdfExport, &ReportPdfExport::failed, this, [this](const QString &message) {
        closePdfProgress();
        if (m_pdfInteractive)
            QMessageBox::warning(this, tr("Export PDF"), message);
        emit pdfExportFailed(message);
    });
    connect(m_pdfExport, &ReportPdfExport::cancelled, this, [this] {
        closePdfProgress();
        m_status->setText(tr("The PDF export was cancelled; no file was written."));
        emit pdfExportFailed(m_status->text());
    });

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_report = new QComboBox(this);
    m_report->setObjectName(QStringLiteral("reportCombo"));
    m_report->setAccessibleName(tr("Report"));
    for (const ReportDefinition &report : reportRegistry()) {
        if (report.onReportsPage) // not the dashboard: its own page shows it
            m_report->addItem(report.translatedTitle(), report.name);
    }
    auto *reportLabel = new QLabel(tr("&Report:"), this);
    reportLabel->setObjectName(QStringLiteral("reportComboLabel"));
    reportLabel->setBuddy(m_report);
    top->addWidget(reportLabel);
    top->addWidget(m_report);
    m_run = new QPushButton(tr("R&un"), this);
    m_run->setObjectName(QStringLiteral("runReportButton"));
    m_run->setShortcut(QKeySequence::Refresh);
    m_run->setToolTip(tr("Run the report with these filters (%1)")
                          .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_run->setDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelReportButton"));
    m_cancel->hide();
    m_csv = new QPushButton(tr("Export &CSV…"), this);
    m_csv->setObjectName(QStringLiteral("exportCsvButton"));
    m_pdf = new QPushButton(tr("Export P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("exportPdfButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printReportButton"));
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addStretch(1);
    for (QPushButton *b : {m_csv, m_pdf, m_print}) {
        top->addWidget(b);
        b->setVisible(m_canExport); // data.export, checked again by ReportService
    }
    layout->addLayout(top);

    m_filters = new ReportFilterBar(company, this);
    layout->addWidget(m_filters);
    connect(m_filters, &ReportFilterBar::runRequested, this, &ReportView::run);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("reportBusy"));
    m_busy->setRange(0, 0); // busy, without a percentage: a query cannot tell how far it is
    m_busy->setMaximumWidth(160);
    m_busy->setAccessibleName(tr("Running the report"));
    m_busy->hide();
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);
    layout->addLayout(statusRow);
    m_error = makeErrorLabel(this, QStringLiteral("reportError"));
    layout->addWidget(m_error);

    m_model = new ReportTableModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("reportTable"));
    m_view->setAccessibleName(tr("Report rows"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Columns as wide as their figures: a stretched amount column would put
    // the figures far from their labels.
    m_view->horizontalHeader()->setStretchLastSection(false);
    // -1: the report's own order until a header is clicked.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    nameScrollArea(m_view, QStringLiteral("reportTable"));
    m_view->horizontalHeader()->setObjectName(QStringLiteral("reportTableHeader"));
    m_view->verticalHeader()->setObjectName(QStringLiteral("reportTableRowHeader"));
    nameScrollArea(m_view->horizontalHeader(), QStringLiteral("reportTableHeader"));
    nameScrollArea(m_view->verticalHeader(), QStringLiteral("reportTableRowHeader"));
    if (auto *corner = m_view->findChild<QAbstractButton *>())
        corner->setObjectName(QStringLiteral("reportTableCornerButton"));

    m_chartView = new QChartView(this);
    m_chartView->setObjectName(QStringLiteral("reportChart"));
    m_chartView->setAccessibleName(tr("Report chart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(180);
    m_chartView->hide();
    nameScrollArea(m_chartView, QStringLiteral("reportChart"));

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("reportSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_chartView);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    connect(m_report, &QComboBox::currentIndexChanged, this, &ReportView::reportChanged);
    connect(m_run, &QPushButton::clicked, this, &ReportView::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReportView::cancel);
    connect(m_csv, &QPushButton::clicked, this, &ReportView::exportCsvInteractive);
    connect(m_pdf, &QPushButton::clicked, this, &ReportView::exportPdfInteractive);
    connect(m_print, &QPushButton::clicked, this, &ReportView::printWithPreview);
    reportChanged();
}

ReportView::~ReportView() = default;

void ReportView::selectReport(const QString &report)
{
    const int index = m_report->findData(report);
    if (index >= 0)
        m_report->setCurrentIndex(index);
}

QString ReportView::currentReport() const
{
    return m_report->currentData().toString();
}

const ReportTable &ReportView::table() const
{
    return m_model->table();
}

bool ReportView::isRunning() const
{
    return m_runner->isRunning();
}

void ReportView::reportChanged()
{
    m_runner->cancel();
    setBusy(false);
    m_filters->setReport(currentReport());
    m_model->clear();
    m_hasResult = false;
    replaceChart(m_chartView, nullptr);
    m_error->hide();
    m_status->setText(tr("Choose the filters, then Run."));
    updateButtons();
}

void ReportView::run()
{
    m_error->hide();
    m_clock.start();
    setBusy(true);
    m_status->setText(tr("Running %1…").arg(reportTitle(currentReport())));
    m_runner->start(currentReport(), m_filters->filters());
}

void ReportView::cancel()
{
    m_runner->cancel();
    setBusy(false);
    m_status->setText(tr("Cancelled."));
}

void ReportView::showTable(const ReportTable &table)
{
    setBusy(false);
    m_model->setTable(table);
    m_hasResult = true;
    // No column for what a row is ("Row: Item"): that is for files.
    const ReportDefinition *report = findReport(table.name);
    int rowKindColumn = -1;
    for (int c = 0; c < table.columns.size(); ++c) {
        bool rowKind = false;
        for (const ReportColumn &column : report ? report->columns : QList<ReportColumn>())
            rowKind = rowKind
                || (column.name == table.columns.at(c) && column.text == ReportColumnText::RowKind);
        m_view->setColumnHidden(c, rowKind);
        if (rowKind)
            rowKindColumn = c;
    }
    m_view->resizeColumnsToContents();
    replaceChart(m_chartView, createReportChart(table));
    m_status->setText(
        tr("%n row(s), run at %1 in %2 s", nullptr, int(table.rows.size()))
            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")))
            .arg(QLocale().toString(m_clock.isValid() ? double(m_clock.elapsed()) / 1000.0 : 0.0, 'f', 1)));
    const QString perUnit = quantityPerUnit(table, rowKindColumn);
    if (!perUnit.isEmpty())
        m_status->setText(m_status->text() + QStringLiteral(" · ") + perUnit);
    updateButtons();
    emit reportFinished();
}

void ReportView::showError(const QString &message)
{
    setBusy(false);
    m_model->clear();
    m_hasResult = false;
    replaceChart(m_chartView, nullptr);
    m_status->clear();
    m_error->setText(message);
    m_error->show();
    updateButtons();
    emit reportFailed(message);
}

void ReportView::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_cancel->setVisible(busy);
    m_run->setEnabled(!busy);
    updateButtons();
}

void ReportView::updateButtons()
{
    const bool ready = m_hasResult && !isRunning() && !isExportingPdf();
    for (QPushButton *b : {m_csv, m_pdf, m_print})
        b->setEnabled(ready);
    emit printableChanged();
}

bool ReportView::canPrint() const
{
    return m_canExport && m_hasResult && !isRunning();
}

QImage ReportView::chartImage() const
{
    QChart *chart = m_hasResult ? createReportChart(table()) : nullptr;
    if (!chart)
        return {};
    // Drawn straight from a scene: a view that was never shown would not
    // have laid the chart out at its size yet.
    QGraphicsScene scene;
    scene.addItem(chart); // the scene owns and deletes it
    chart->resize(PaperChartSize);
    // Twice the pixels, so the chart stays sharp on paper.
    QImage image(PaperChartSize * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), QSizeF(PaperChartSize)));
    painter.end();
    return image;
}

print::ReportSheet ReportView::sheet() const
{
    print::ReportSheet s;
    s.table = table();
    const auto settings = SettingsService(m_company).get();
    s.companyName = settings.ok() ? settings->name : QString();
    s.printedBy = m_company.session().username();
    s.printedAt = QDateTime::currentDateTime();
    s.chart = chartImage();
    return s;
}

QStringList ReportView::csvNameFilters()
{
    return {tr("CSV, numbers as in this language: %1 (*.csv)").arg(NumberFormat().money(123450)),
            tr("CSV, plain numbers: %1 (*.csv)").arg(formatMoney(123450))};
}

Result<void> ReportView::exportCsv(const QString &path, CsvNumbers numbers)
{
    if (!m_hasResult)
        return makeError(ErrorCode::InvalidArgument, tr("Run a report first."));
    ReportService reports(m_company);
    if (numbers == CsvNumbers::Plain)
        return reports.exportCsv(table(), path);
    // As ReportService::exportFile does: checked first, and the file appears
    // only once the export's audit entry is committed.
    if (auto allowed = reports.checkExport(table()); !allowed.ok())
        return allowed;
    const QByteArray bytes = reportCsv(table(), NumberFormat());
    QSaveFile file(path);
    auto failed = [&file, &path] {
        return makeError(ErrorCode::Io,
                         Tr::tr("The file %1 cannot be written: %2").arg(path, file.errorString()),
                         QStringLiteral("file"));
    };
    // The save dialog asked before replacing a file.
    if (auto opened = storage::openOutputFile(file, storage::Replace::Yes); !opened.ok())
        return opened;
    if (file.write(bytes) != bytes.size())
        return failed();
    if (auto recorded = reports.recordExport(table(), QStringLiteral("csv"), path); !recorded.ok())
        return recorded;
    if (!file.commit())
        return failed();
    return {};
}

bool ReportView::isExportingPdf() const
{
    return m_pdfExport->isRunning();
}

bool ReportView::startPdfExport(const QString &path)
{
    if (!m_hasResult || isExportingPdf())
        return false;
    m_pdfPath = path;
    if (!m_pdfExport->start(sheet(), path))
        return false;
    m_pdfProgress = new QProgressDialog(tr("Writing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0,
                                        100, this);
    m_pdfProgress->setObjectName(QStringLiteral("reportPdfProgress"));
    m_pdfProgress->setWindowTitle(tr("Export PDF"));
    m_pdfProgress->setWindowModality(Qt::WindowModal);
    m_pdfProgress->setAutoClose(false);
    m_pdfProgress->setAutoReset(false);
    m_pdfProgress->setMinimumDuration(300); // a short report is done before it would show
    m_pdfProgress->setValue(0);
    connect(m_pdfProgress, &QProgressDialog::canceled, m_pdfExport, &ReportPdfExport::cancel);
    m_status->setText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    updateButtons();
    return true;
}

void ReportView::closePdfProgress()
{
    if (m_pdfProgress) {
        m_pdfProgress->disconnect(m_pdfExport);
        m_pdfProgress->close();
        m_pdfProgress->deleteLater();
        m_pdfProgress = nullptr;
    }
    updateButtons();
}

Result<void> ReportView::exportPdf(const QString &path)
{
    if (!m_hasResult)
        return makeError(ErrorCode::InvalidArgument, tr("Run a report first."));
    if (isExportingPdf())
        return makeError(ErrorCode::InvalidState, tr("A PDF is being written; wait for it or cancel it."));
    m_pdfInteractive = false;
    QEventLoop loop;
    connect(this, &ReportView::pdfExportFinished, &loop, &QEventLoop::quit);
    connect(this, &ReportView::pdfExportFailed, &loop, &QEventLoop::quit);
    if (startPdfExport(path))
        loop.exec();
    const Result<int> &result = m_pdfExport->result();
    if (!result.ok())
        return result.error();
    return {};
}

void ReportView::exportCsvInteractive()
{
    const QString choiceKey = QStringLiteral("reports/csvNumbers");
    const QStringList filters = csvNameFilters();
    QFileDialog dialog(this, tr("Export the report as CSV"), currentReport() + QStringLiteral(".csv"));
    dialog.setObjectName(QStringLiteral("reportCsvDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    dialog.setNameFilters(filters);
    const bool plainBefore = QSettings().value(choiceKey).toString() == QLatin1String("plain");
    dialog.selectNameFilter(filters.at(plainBefore ? 1 : 0));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const bool plain = dialog.selectedNameFilter() == filters.at(1);
    QSettings().setValue(choiceKey, plain ? QStringLiteral("plain") : QStringLiteral("language"));
    if (auto written = exportCsv(dialog.selectedFiles().constFirst(),
                                 plain ? CsvNumbers::Plain : CsvNumbers::Language);
        !written.ok())
        QMessageBox::warning(this, tr("Export CSV"), written.error().message);
}

void ReportView::exportPdfInteractive()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the report as PDF"),
                                                      currentReport() + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_pdfInteractive = true;
    startPdfExport(path); // a failure shows in a box
}

void ReportView::printWithPreview()
{
    if (!canPrint())
        return;
    if (auto allowed = ReportService(m_company).recordExport(table(), QStringLiteral("print"), {});
        !allowed.ok()) {
        QMessageBox::warning(this, tr("Print"), allowed.error().message);
        return;
    }
    // The printer outlives the window-modal preview: the paint connection,
    // which holds it, goes with the dialog.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(reportTitle(table().name));
    auto *preview = new QPrintPreviewDialog(printer.get(), this);
    preview->setObjectName(QStringLiteral("reportPrintPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    connect(preview, &QPrintPreviewDialog::paintRequested, preview,
            [paper = sheet(), printer](QPrinter *target) { print::paintReport(paper, *target); });
    preview->open();
}

} // namespace stockbook::ui
