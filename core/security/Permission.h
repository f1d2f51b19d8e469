// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace stockbook {

// What a role may do. The names are stored in role_permissions.permission and
// must match the seed rows in schema/.
enum class Permission {
    InvoiceCreate,
    InvoicePost,
    InvoiceVoid,
    InvoiceCredit,
    PaymentRecord,
    PaymentReverse,
    CustomerEdit,
    ProductView,
    StockView,
    CatalogEdit,
    SupplierEdit,
    WarehouseEdit,
    StockTransfer,
    StockAdjust,
    ReportView,
    DataExport,
    AuditView,
    UserManage,
    RoleManage,
    SettingsEdit,
    BackupRun,
    BackupRestore,
    KeyRotate,
};

QString permissionName(Permission permission);
std::optional<Permission> permissionFromName(const QString &name);
QList<Permission> allPermissions();

} // namespace stockbook
