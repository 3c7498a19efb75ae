// The real main window's figures for careleaf-bench (window.h).
#include "window.h"

#include "librarystore.h"
#include "mainwindow.h"
#include "procedurelistmodel.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace Careleaf::Bench {

// This process's own peak: VmHWM belongs to the address space, so unlike getrusage's ru_maxrss
// (which Linux carries across execve) it never reports the parent's peak for the GUI child.
double peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // kB
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
}

QJsonObject Percentiles::json() const
{
    return {{u"p50"_s, p50}, {u"p95"_s, p95}, {u"p99"_s, p99}, {u"max"_s, max}};
}

Percentiles percentiles(QList<double> ms)
{
    Percentiles p;
    if (ms.isEmpty())
        return p;
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) { return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size())))); };
    p.p50 = at(0.50);
    p.p95 = at(0.95);
    p.p99 = at(0.99);
    p.max = ms.last();
    return p;
}

QJsonObject childColdStart(const QString &db, const QString &self)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(self, {u"--child-gui"_s, db});
    if (!p.waitForFinished(600000)) {
        p.kill();
        return {};
    }
    const QByteArray out = p.readAllStandardOutput();
    const qsizetype at = out.lastIndexOf("{\"child\"");
    return at < 0 ? QJsonObject{} : QJsonDocument::fromJson(out.mid(at)).object();
}

int runChildGui(const QString &db, const QElapsedTimer &processClock)
{
    installTranslations();
    LibraryStore::OpenResult opened = LibraryStore::open(db);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error));
        return 1;
    }
    MainWindow window(std::move(opened.store));
    window.show();
    ProcedureListModel *model = window.model();
    while (model->isSearching() || model->rowCount() == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    const double coldStart = double(processClock.nsecsElapsed()) / 1e6;

    // Keystroke to results: type each query letter by letter; time until the list shows the
    // results of the text now in the field.
    auto *field = window.findChild<QLineEdit *>(u"searchField"_s);
    QList<double> keystrokes;
    QList<double> guiBlocked; // time the GUI thread spends handling the keystroke itself
    QStringList typed;
    for (const QString &query : {u"magnesium infusion"_s, u"knee injection"_s, u"chemotherapy"_s, u"12345"_s,
                                 u"ultrasound guidance"_s, u"biopsy"_s, u"dehydration"_s}) {
        field->clear();
        while (model->isSearching())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        for (QChar c : query) {
            QElapsedTimer t;
            t.start();
            QTest::keyClick(field, c.toLatin1());
            guiBlocked << double(t.nsecsElapsed()) / 1e6;
            while (model->isSearching() || model->query() != field->text())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
            keystrokes << double(t.nsecsElapsed()) / 1e6;
            typed << field->text();
        }
    }
    // The slowest keystrokes with the text they left in the field: where the p95 comes from.
    QList<qsizetype> order(keystrokes.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return keystrokes.at(a) > keystrokes.at(b); });
    QJsonArray slowest;
    for (qsizetype i : order.first(std::min<qsizetype>(8, order.size())))
        slowest.append(QJsonObject{{u"text"_s, typed.at(i)}, {u"ms"_s, keystrokes.at(i)}});
    const Percentiles k = percentiles(keystrokes);
    const Percentiles g = percentiles(guiBlocked);
    const QJsonObject result{
        {u"child"_s, true},
        {u"cold_start_ms"_s, coldStart},
        {u"peak_rss_mb"_s, peakRssMb()},
        {u"keystroke_ms"_s, QJsonObject{{u"p50"_s, k.p50}, {u"p95"_s, k.p95}, {u"max"_s, k.max}}},
        {u"gui_thread_per_keystroke_ms"_s, QJsonObject{{u"p50"_s, g.p50}, {u"p95"_s, g.p95}, {u"max"_s, g.max}}},
        {u"keystrokes"_s, int(keystrokes.size())},
        {u"slowest_keystrokes"_s, slowest}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace Careleaf::Bench
