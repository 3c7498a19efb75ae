#include "documentparser.h"
#include "importer.h"
#include "procedurelistmodel.h"
#include "searchservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestProcedureListModel : public QObject
{
    Q_OBJECT

private:
    // One library per backend with the same procedures; every test runs once per backend.
    std::map<QString, std::unique_ptr<LibraryStore>> m_stores;
    QHash<QString, QString> m_unavailable; // backend -> why
    LibraryStore *m_store = nullptr;

private Q_SLOTS:
    void initTestCase_data() { Test::addBackendRows(); }

    void initTestCase()
    {
        Test::useOwnHome();
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &backend : Test::backends()) {
            QString why;
            const QString location = Test::newLibrary(backend, u"model"_s, &why);
            if (location.isEmpty()) {
                m_unavailable.insert(backend, why);
                continue;
            }
            LibraryStore::OpenResult r = LibraryStore::open(location);
            QVERIFY2(r.store, qPrintable(r.error));
            QCOMPARE(Importer::importPaths(*r.store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
            // Enough procedures to need several pages.
            for (int i = 0; i < 245; ++i) {
                const ParseResult parsed = DocumentParser::parse(Test::syntheticDocument(i), u"gen.txt"_s);
                QVERIFY2(parsed.ok(), qPrintable(parsed.error));
                QCOMPARE(r.store->store(*parsed.procedure), StoreOutcome::Imported);
            }
            m_stores[backend] = std::move(r.store);
        }
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (m_unavailable.contains(backend))
            CARELEAF_SKIP_OR_FAIL(m_unavailable.value(backend));
        m_store = m_stores.at(backend).get();
    }

    void cleanupTestCase() { m_stores.clear(); }

    void shouldPassModelTester()
    {
        SearchService service(m_store->connection().location());
        ProcedureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&service);
        QVERIFY(Test::settled(model));
        model.setQuery(u"chemo"_s);
        QVERIFY(Test::settled(model));
        model.setQuery(u"generated"_s);
        QVERIFY(Test::settled(model));
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QVERIFY(Test::settled(model));
        }
        model.setQuery(QString());
        model.setQuery(u"\"unbalanced ("_s);
        model.refresh();
        QVERIFY(Test::settled(model));
    }

    void shouldFetchLazilyAPageAtATime()
    {
        SearchService service(m_store->connection().location());
        ProcedureListModel model;
        model.setService(&service);
        QVERIFY(Test::settled(model));
        QSignalSpy totals(&model, &ProcedureListModel::totalCountChanged);
        model.setQuery(u"generated"_s);
        QVERIFY(Test::settled(model));
        QCOMPARE(model.totalCount(), 245);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.first().first().toInt(), 245);
        QCOMPARE(model.rowCount(), ProcedureListModel::PageSize);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // A page at a time, each once, until all are there.
        for (int pages = 1; pages * ProcedureListModel::PageSize < 245; ++pages) {
            QVERIFY(model.canFetchMore({}));
            model.fetchMore({});
            QVERIFY(Test::settled(model));
            QCOMPARE(model.rowCount(), std::min(245, (pages + 1) * ProcedureListModel::PageSize));
            QCOMPARE(inserted.count(), pages);
        }
        QCOMPARE(model.rowCount(), 245);
        QVERIFY(!model.canFetchMore({}));

        // No duplicates across pages.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 245);
    }

    void shouldChangeRowsInPlaceWhenTheSameProceduresStillMatch()
    {
        // The same procedures in the same order again (a letter more of a word that already
        // matched, or the list asked again after another workstation changed the library): the
        // rows change in place, no reset, so the list keeps the row the user is on and redraws
        // only what changed. Other procedures reset the list as before.
        SearchService service(m_store->connection().location());
        ProcedureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QItemSelectionModel selection(&model); // as the list view keeps its current row
        model.setService(&service);
        model.setQuery(u"chemotherapy"_s);
        QVERIFY(Test::settled(model));
        QVERIFY(model.rowCount() > 2);
        QList<qint64> before;
        for (int row = 0; row < model.rowCount(); ++row)
            before << model.idAt(row);
        selection.setCurrentIndex(model.index(1), QItemSelectionModel::NoUpdate);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy shown(&model, &ProcedureListModel::resultsShown);
        model.refresh();
        QVERIFY(Test::settled(model));
        QList<qint64> after;
        for (int row = 0; row < model.rowCount(); ++row)
            after << model.idAt(row);
        QCOMPARE(after, before);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 0); // nothing in the rows changed
        QCOMPARE(shown.count(), 1);
        QCOMPARE(selection.currentIndex().row(), 1);

        model.setQuery(u"chemotherapy infusion hydration"_s);
        QVERIFY(Test::settled(model));
        QCOMPARE(resets.count(), 1);
        QVERIFY(model.rowCount() < before.size());
        QVERIFY(!selection.currentIndex().isValid());
    }

    // A procedure's row changed by another workstation while the list shows the same procedures:
    // that row alone is announced as changed, with its new text. Once a second page is in, the
    // list asked again starts over from its first page (a reset).
    void shouldAnnounceTheRowThatChanged()
    {
        SearchService service(m_store->connection().location());
        ProcedureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setService(&service);
        QVERIFY(Test::settled(model)); // the whole library, in title order
        QCOMPARE(model.rowCount(), ProcedureListModel::PageSize);
        constexpr int Row = 3;
        std::optional<Procedure> procedure = m_store->procedure(model.idAt(Row));
        QVERIFY(procedure);
        const QString descriptor = procedure->descriptor;
        procedure->descriptor = u"Revised: "_s + descriptor;
        QCOMPARE(m_store->store(*procedure), StoreOutcome::Updated);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QVERIFY(Test::settled(model));
        procedure->descriptor = descriptor; // as it was, for the other tests
        QCOMPARE(m_store->store(*procedure), StoreOutcome::Updated);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), Row);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), Row);
        QCOMPARE(model.index(Row).data(ProcedureListModel::DescriptorRole).toString(), u"Revised: "_s + descriptor);

        model.fetchMore({});
        QVERIFY(Test::settled(model));
        QCOMPARE(model.rowCount(), 2 * ProcedureListModel::PageSize);
        model.refresh();
        QVERIFY(Test::settled(model));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), ProcedureListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
    }

    void shouldExposeRolesForTheDelegate()
    {
        SearchService service(m_store->connection().location());
        ProcedureListModel model;
        model.setService(&service);
        model.setQuery(u"chemo"_s);
        QVERIFY(Test::settled(model));
        QVERIFY(model.rowCount() > 0);
        const QModelIndex first = model.index(0);
        QCOMPARE(first.data(ProcedureListModel::TitleRole).toString(), u"Sequential IV Chemotherapy Infusion"_s);
        QCOMPARE(first.data(ProcedureListModel::CodeSystemRole).toString(), u"CPT"_s);
        QVERIFY(first.data(ProcedureListModel::DescriptorRole).toString().contains(u"List separately"_s));
        QVERIFY(first.data(ProcedureListModel::IdRole).toLongLong() > 0);
        QCOMPARE(model.rowOf(model.idAt(0)), 0);
        QCOMPARE(model.idAt(9999), 0);
    }

    void shouldListWholeLibraryForEmptyQuery()
    {
        SearchService service(m_store->connection().location());
        ProcedureListModel model;
        model.setService(&service);
        QVERIFY(Test::settled(model));
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.rowCount(), ProcedureListModel::PageSize);
    }
};

QTEST_MAIN(TestProcedureListModel)
#include "tst_procedurelistmodel.moc"
