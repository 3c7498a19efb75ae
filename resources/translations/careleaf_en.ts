<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Careleaf::Cli</name>
    <message numerus="yes">
        <location filename="../../src/cli/cli.cpp" line="+431"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::HandoutDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/handoutdialog.cpp" line="+64"/>
        <source>Packet of %n Handout(s)</source>
        <translation>
            <numerusform>Handout</numerusform>
            <numerusform>Packet of %n Handouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/gui/mainwindow.cpp" line="+300"/>
        <source>%n handout(s) printed meanwhile will be added to the education log.</source>
        <translation>
            <numerusform>%n handout printed meanwhile will be added to the education log.</numerusform>
            <numerusform>%n handouts printed meanwhile will be added to the education log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+250"/>
        <source>%n procedure(s) in the library</source>
        <translation>
            <numerusform>%n procedure in the library</numerusform>
            <numerusform>%n procedures in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>More than %n match(es) for “%1”</source>
        <translation>
            <numerusform>More than %n match for “%1”</numerusform>
            <numerusform>More than %n matches for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n match for “%1”</numerusform>
            <numerusform>%n matches for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%n new procedure(s) added</source>
        <translation>
            <numerusform>%n new procedure added</numerusform>
            <numerusform>%n new procedures added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n already up to date</source>
        <translation>
            <numerusform>%n already up to date</numerusform>
            <numerusform>%n already up to date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n file(s) could not be imported</source>
        <translation>
            <numerusform>%n file could not be imported</numerusform>
            <numerusform>%n files could not be imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/preferencesdialog.cpp" line="+59"/>
        <source>Connected: %n procedure(s); this user may import.</source>
        <translation>
            <numerusform>Connected: %n procedure; this user may import.</numerusform>
            <numerusform>Connected: %n procedures; this user may import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Connected: %n procedure(s); read-only (search, read, print).</source>
        <translation>
            <numerusform>Connected: %n procedure; read-only (search, read, print).</numerusform>
            <numerusform>Connected: %n procedures; read-only (search, read, print).</numerusform>
        </translation>
    </message>
</context>
</TS>
