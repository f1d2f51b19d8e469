// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
// stockbook-cli product|customer|supplier import|export.
#include "CliSupport.h"
#include "Commands.h"

#include "services/csv/CsvService.h"

#include <QCoreApplication>

namespace stockbook::cli {

namespace {

class CsvCommand : public SignedInCommand {
public:
    explicit CsvCommand(CsvEntity entity) : m_entity(entity), m_name(CsvService::entityName(entity)) { }

private:
    const CsvEntity m_entity;
    const QString m_name;
    const QCommandLineOption dryRun{QStringLiteral("dry-run"),
                                    tr("Check every row and report; write nothing.")};
    bool importing = false;
    QString file;

    QString synopsis() const override
    {
        return QStringLiteral("stockbook-cli %1 import FILE [--dry-run] | %1 export FILE [--force] "
                              "--db PATH --user NAME [--password-stdin]")
            .arg(m_name);
    }
    void addOptions() override
    {
        parser.addOptions({common.db, common.user, common.passwordStdin, dryRun, common.force});
        parser.addPositionalArgument(QStringLiteral("action"), tr("import or export"));
        parser.addPositionalArgument(
            QStringLiteral("file"),
            tr("The CSV file (UTF-8, header row: %1).").arg(CsvService::header(m_entity).join(u',')));
    }
    QString missingSignIn() const override
    {
        return tr("%1 %2 needs --db and --user.").arg(m_name, parser.positionalArguments().constFirst());
    }
    int check() override
    {
        const QStringList positional = parser.positionalArguments();
        if (positional.size() != 2
            || (positional.constFirst() != QLatin1String("import")
                && positional.constFirst() != QLatin1String("export")))
            return usage(tr("%1 needs an action and a file: %1 import FILE or %1 export FILE.").arg(m_name));
        importing = positional.constFirst() == QLatin1String("import");
        if (const int required = requireSignIn(); required != ExitOk)
            return required;
        if (!importing && parser.isSet(dryRun))
            return usage(tr("--dry-run applies to import only."));
        if (importing && parser.isSet(common.force))
            return usage(tr("--force applies to export only."));
        file = positional.at(1);
        if (!importing)
            return checkOutputFile(file, parser.isSet(common.force));
        return ExitOk;
    }

    int run(CompanySession &company) override
    {
        CsvService csv(company);
        if (!importing) {
            auto rows = csv.exportFile(m_entity, file);
            if (!rows.ok())
                return fail(rows.error());
            printLine(tr("Exported %1 row(s) to %2.").arg(rows.value()).arg(file));
            return ExitOk;
        }
        auto report = csv.importFile(m_entity, file, parser.isSet(dryRun));
        if (!report.ok())
            return fail(report.error());
        for (const CsvProblem &problem : report->problems)
            printLine(problem.text());
        if (!report->problems.isEmpty()) {
            printError(tr("%n problem(s) found; nothing was imported.", nullptr,
                          static_cast<int>(report->problems.size())));
            return ExitFailure;
        }
        if (report->dryRun)
            printLine(
                tr("%1 row(s) checked; no problem found; nothing written (dry run).").arg(report->rows));
        else
            printLine(tr("Imported %1 row(s).").arg(report->imported));
        return ExitOk;
    }
};

int productCommand(const QStringList &arguments)
{
    return CsvCommand(CsvEntity::Products).execute(arguments);
}

int customerCommand(const QStringList &arguments)
{
    return CsvCommand(CsvEntity::Customers).execute(arguments);
}

int supplierCommand(const QStringList &arguments)
{
    return CsvCommand(CsvEntity::Suppliers).execute(arguments);
}

const CommandRegistration productRegistration{
    {QStringLiteral("product"), QT_TRANSLATE_NOOP("stockbook::cli", "import or export products as CSV"),
     &productCommand}};
const CommandRegistration customerRegistration{
    {QStringLiteral("customer"), QT_TRANSLATE_NOOP("stockbook::cli", "import or export customers as CSV"),
     &customerCommand}};
const CommandRegistration supplierRegistration{
    {QStringLiteral("supplier"), QT_TRANSLATE_NOOP("stockbook::cli", "import or export suppliers as CSV"),
     &supplierCommand}};

} // namespace

} // namespace stockbook::cli
