// Deterministic synthetic procedure documents in the seed format, for benchmarks and scale tests.
#pragma once

#include <QByteArray>
#include <QString>

namespace Careleaf::Bench {

struct GeneratedProcedure
{
    QString code;   // "96417" or "J1234"
    QString system; // "CPT" or "HCPCS"
    QString title;  // lay name
    QByteArray document;
};

// The n-th document (0-based) of the synthetic library; the same n always gives the same bytes.
[[nodiscard]] GeneratedProcedure generate(int n);

} // namespace Careleaf::Bench
