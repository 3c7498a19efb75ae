<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Careleaf::Cli</name>
    <message numerus="yes">
        <location filename="../../src/cli/cli.cpp" line="417"/>
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::Handout</name>
    <message numerus="yes">
        <location filename="../../src/core/handout.cpp" line="130"/>
        <source>Packet of %n procedure(s)</source>
        <translation>
            <numerusform>Packet of %n procedure</numerusform>
            <numerusform>Packet of %n procedures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::HandoutDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/handoutdialog.cpp" line="54"/>
        <source>Packet of %n Handout(s)</source>
        <translation>
            <numerusform>Handout</numerusform>
            <numerusform>Packet of %n Handouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/gui/mainwindow.cpp" line="297"/>
        <source>%n handout(s) printed meanwhile will be added to the education log.</source>
        <translation>
            <numerusform>%n handout printed meanwhile will be added to the education log.</numerusform>
            <numerusform>%n handouts printed meanwhile will be added to the education log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/mainwindow.cpp" line="510"/>
        <source>%n procedure(s) in the library</source>
        <translation>
            <numerusform>%n procedure in the library</numerusform>
            <numerusform>%n procedures in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/mainwindow.cpp" line="514"/>
        <source>More than %n match(es) for “%1”</source>
        <translation>
            <numerusform>More than %n match for “%1”</numerusform>
            <numerusform>More than %n matches for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/mainwindow.cpp" line="516"/>
        <source>%n match(es) for “%1”</source>
        <translation>
            <numerusform>%n match for “%1”</numerusform>
            <numerusform>%n matches for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/mainwindow.cpp" line="630"/>
        <source>%n file(s) could not be imported. Show Details lists each one and why.</source>
        <translation>
            <numerusform>%n file could not be imported. Show Details lists it and why.</numerusform>
            <numerusform>%n files could not be imported. Show Details lists each one and why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Careleaf::PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../../src/gui/preferencesdialog.cpp" line="48"/>
        <source>Connected: %n procedure(s); this user may import.</source>
        <translation>
            <numerusform>Connected: %n procedure; this user may import.</numerusform>
            <numerusform>Connected: %n procedures; this user may import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/gui/preferencesdialog.cpp" line="49"/>
        <source>Connected: %n procedure(s); read-only (search, read, print).</source>
        <translation>
            <numerusform>Connected: %n procedure; read-only (search, read, print).</numerusform>
            <numerusform>Connected: %n procedures; read-only (search, read, print).</numerusform>
        </translation>
    </message>
</context>
</TS>
