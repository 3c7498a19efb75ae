// JSON form of a procedure: the `show --json` contract in DESIGN.md and the stored document column.
// One writer for the fields (contentJson; toJson adds what is not content) and one reader
// (fromJson): a new field is written in contentJson and read in fromJson.
#pragma once

#include "procedure.h"

#include <QJsonObject>

#include <optional>

namespace Careleaf::ProcedureJson {

[[nodiscard]] QJsonObject toJson(const Procedure &p);
// Returns nullopt when the object is not a procedure document this version can read.
[[nodiscard]] std::optional<Procedure> fromJson(const QJsonObject &o);

[[nodiscard]] QString blockTypeName(BlockType t);

// The content of a procedure (no id, source or dates) as compact JSON, written directly rather
// than through QJsonObject: this is what the library stores and hashes, once per import.
// fromJson() reads it back.
[[nodiscard]] QByteArray contentJson(const Procedure &p);

} // namespace Careleaf::ProcedureJson
