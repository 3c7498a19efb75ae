#include "documentparser.h"
#include "importer.h"
#include "procedurelistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Careleaf;

class TestProcedureListModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LibraryStore> m_store;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LibraryStore::OpenResult r = LibraryStore::open(m_dir.filePath(u"model.sqlite"_s));
        QVERIFY2(r.store, qPrintable(r.error));
        m_store = std::move(r.store);
        QCOMPARE(Importer::importPaths(*m_store, {QStringLiteral(CARELEAF_SAMPLE_DIR)}).imported, 5);
        // Enough procedures to need several pages.
        for (int i = 0; i < 245; ++i) {
            const ParseResult parsed = DocumentParser::parse(Test::syntheticDocument(i), u"gen.txt"_s);
            QVERIFY2(parsed.ok(), qPrintable(parsed.error));
            QCOMPARE(m_store->store(*parsed.procedure), StoreOutcome::Imported);
        }
    }

    void cleanupTestCase() { m_store.reset(); }

    void shouldPassModelTester()
    {
        ProcedureListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setStore(m_store.get());
        model.setQuery(u"chemo"_s);
        model.setQuery(u"generated"_s);
        while (model.canFetchMore({}))
            model.fetchMore({});
        model.setQuery(QString());
        model.setQuery(u"\"unbalanced ("_s);
        model.refresh();
    }

    void shouldFetchLazilyAPageAtATime()
    {
        ProcedureListModel model;
        model.setStore(m_store.get());
        QSignalSpy totals(&model, &ProcedureListModel::totalCountChanged);
        model.setQuery(u"generated"_s);
        QCOMPARE(model.totalCount(), 245);
        QCOMPARE(totals.count(), 1);
        QCOMPARE(totals.first().first().toInt(), 245);
        QCOMPARE(model.rowCount(), ProcedureListModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ProcedureListModel::PageSize);
        QCOMPARE(inserted.count(), 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 245);
        QVERIFY(!model.canFetchMore({}));

        // No duplicates across pages.
        QSet<qint64> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.idAt(row));
        QCOMPARE(ids.size(), 245);
    }

    void shouldExposeRolesForTheDelegate()
    {
        ProcedureListModel model;
        model.setStore(m_store.get());
        model.setQuery(u"chemo"_s);
        QVERIFY(model.rowCount() > 0);
        const QModelIndex first = model.index(0);
        QVERIFY(first.data(ProcedureListModel::TitleRole).toString().startsWith(u"Chemotherapy administration"_s));
        QCOMPARE(first.data(ProcedureListModel::CodeSystemRole).toString(), u"CPT"_s);
        QVERIFY(first.data(ProcedureListModel::DescriptorRole).toString().contains(u"List separately"_s));
        QVERIFY(first.data(ProcedureListModel::IdRole).toLongLong() > 0);
        QCOMPARE(model.rowOf(model.idAt(0)), 0);
        QCOMPARE(model.idAt(9999), 0);
    }

    void shouldListWholeLibraryForEmptyQuery()
    {
        ProcedureListModel model;
        model.setStore(m_store.get());
        QCOMPARE(model.totalCount(), 250);
        QCOMPARE(model.rowCount(), ProcedureListModel::PageSize);
    }
};

QTEST_MAIN(TestProcedureListModel)
#include "tst_procedurelistmodel.moc"
