// Facts derived from a procedure's text for the list's filters: where it is done (from the
// Setting section) and how long it takes at most (from the Duration section).
#pragma once

#include "procedure.h"

#include <optional>

namespace Careleaf::Facets {

enum Setting : int
{
    Hospital = 1,
    OutpatientClinic = 2,
    Home = 4,
    InfusionCenter = 8,
};

[[nodiscard]] int settings(const Procedure &p);
[[nodiscard]] int settingsFromText(const QString &text);
// The longest time the Duration section mentions, in minutes; nullopt when it gives none.
[[nodiscard]] std::optional<int> maxDurationMinutes(const Procedure &p);
[[nodiscard]] std::optional<int> maxDurationMinutesFromText(const QString &text);

} // namespace Careleaf::Facets
