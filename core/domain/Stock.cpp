// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Stockbook contributors
#include "domain/Stock.h"

#include "Tr.h"

#include <QStringList>

#include <utility>

namespace stockbook {

namespace {

constexpr std::array<std::pair<MovementType, const char *>, 9> TypeNames{{
    {MovementType::Receipt, "receipt"},
    {MovementType::Sale, "sale"},
    {MovementType::Return, "return"},
    {MovementType::TransferOut, "transfer_out"},
    {MovementType::TransferIn, "transfer_in"},
    {MovementType::AdjustmentIn, "adjustment_in"},
    {MovementType::AdjustmentOut, "adjustment_out"},
    {MovementType::VoidIn, "void_in"},
    {MovementType::VoidOut, "void_out"},
}};

// The names of the types whose addsStock() is `inbound`, quoted and joined.
QString namesWhere(bool inbound)
{
    QStringList names;
    for (const MovementType type : AllMovementTypes) {
        if (addsStock(type) == inbound)
            names << QLatin1Char('\'') + movementTypeName(type) + QLatin1Char('\'');
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

QString movementTypeName(MovementType type)
{
    for (const auto &[t, name] : TypeNames) {
        if (t == type)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<MovementType> movementTypeFromName(const QString &name)
{
    for (const auto &[t, text] : TypeNames) {
        if (name == QLatin1String(text))
            return t;
    }
    return std::nullopt;
}

bool addsStock(MovementType type)
{
    switch (type) {
    case MovementType::Receipt:
    case MovementType::Return:
    case MovementType::TransferIn:
    case MovementType::AdjustmentIn:
    case MovementType::VoidIn:
        return true;
    case MovementType::Sale:
    case MovementType::TransferOut:
    case MovementType::AdjustmentOut:
    case MovementType::VoidOut:
        return false;
    }
    return false;
}

QString inboundMovementTypesSql()
{
    static const QString list = namesWhere(true);
    return list;
}

QString outboundMovementTypesSql()
{
    static const QString list = namesWhere(false);
    return list;
}

Error noSuchWarehouse(const QString &codeOrId, const QString &field)
{
    return makeError(ErrorCode::NotFound,
                     Tr::tr("There is no warehouse %1. Check the warehouse code.").arg(codeOrId.trimmed()),
                     field);
}

} // namespace stockbook
