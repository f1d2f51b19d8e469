// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#pragma once

#include "domain/Payment.h"

#include <QString>

namespace stockbook {

// The one translated word for each stored code a person reads: what every
// screen, printed sheet and report shows for a unit, a role, a stock
// movement type and a payment method. Files and the
// command line keep the codes. An unknown code comes back as it is. Invoice
// types and statuses have theirs next to the invoice list
// (models/InvoiceListModel.h: invoiceTypeLabel, invoiceStatusLabel).

// "piece", "kg", "litre", "metre" -> "Stück", "kg", "Liter", "Meter" in German.
QString unitLabel(const QString &unit);
// "admin", "manager", "clerk" -> "Administrator", "Manager", "Sachbearbeiter".
QString roleLabel(const QString &role);
// The stock_movements.type values ("transfer_out" -> "Transfer out").
QString movementTypeLabel(const QString &type);
// "cash", "card", "bank_transfer", "other".
QString paymentMethodLabel(const QString &method);
QString paymentMethodLabel(PaymentMethod method);

} // namespace stockbook
