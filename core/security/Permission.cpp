// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "security/Permission.h"

#include <array>
#include <utility>

namespace stockbook {

namespace {

constexpr std::array<std::pair<Permission, const char *>, 23> Names{{
    {Permission::InvoiceCreate, "invoice.create"}, {Permission::InvoicePost, "invoice.post"},
    {Permission::InvoiceVoid, "invoice.void"},     {Permission::InvoiceCredit, "invoice.credit"},
    {Permission::PaymentRecord, "payment.record"}, {Permission::PaymentReverse, "payment.reverse"},
    {Permission::CustomerEdit, "customer.edit"},   {Permission::ProductView, "product.view"},
    {Permission::StockView, "stock.view"},         {Permission::CatalogEdit, "catalog.edit"},
    {Permission::SupplierEdit, "supplier.edit"},   {Permission::WarehouseEdit, "warehouse.edit"},
    {Permission::StockTransfer, "stock.transfer"}, {Permission::StockAdjust, "stock.adjust"},
    {Permission::ReportView, "report.view"},       {Permission::DataExport, "data.export"},
    {Permission::AuditView, "audit.view"},         {Permission::UserManage, "user.manage"},
    {Permission::RoleManage, "role.manage"},       {Permission::SettingsEdit, "settings.edit"},
    {Permission::BackupRun, "backup.run"},         {Permission::BackupRestore, "backup.restore"},
    {Permission::KeyRotate, "key.rotate"},
}};

} // namespace

QString permissionName(Permission permission)
{
    for (const auto &[p, name] : Names) {
        if (p == permission)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<Permission> permissionFromName(const QString &name)
{
    for (const auto &[p, text] : Names) {
        if (name == QLatin1String(text))
            return p;
    }
    return std::nullopt;
}

QList<Permission> allPermissions()
{
    QList<Permission> out;
    out.reserve(static_cast<qsizetype>(Names.size()));
    for (const auto &entry : Names)
        out.append(entry.first);
    return out;
}

} // namespace stockbook
