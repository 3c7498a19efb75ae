// The figures careleaf-bench takes of the real main window, in a fresh process of its own
// (cold start to the first page, peak memory, keystroke to results), and the spread of timings
// every part of the benchmark reports (see README, Performance).
#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Careleaf::Bench {

// This process's own peak resident memory, MB.
[[nodiscard]] double peakRssMb();

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, max = 0;
    [[nodiscard]] QJsonObject json() const;
};

// Of timings in ms; each the sample at that rank (no interpolation).
[[nodiscard]] Percentiles percentiles(QList<double> ms);

// Runs `self --child-gui db` (offscreen) and returns the JSON it prints: runChildGui's figures.
[[nodiscard]] QJsonObject childColdStart(const QString &db, const QString &self);

// Runs in a fresh process: the real main window on the library, offscreen; cold start counted
// from processClock (started first thing in main). Prints one JSON object; 0, or 1 when the
// library does not open.
int runChildGui(const QString &db, const QElapsedTimer &processClock);

} // namespace Careleaf::Bench
