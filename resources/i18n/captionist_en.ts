<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>HistoryDialog</name>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n sentence</numerusform>
            <numerusform>%n sentences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation>
            <numerusform>Delete %n transcript ({names}; {count} in all)?</numerusform>
            <numerusform>Delete %n transcripts ({names}; {count} in all)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation>
            <numerusform>Captionist did not close properly last time. {count} captions from %n session were saved as they were spoken and are listed below: select them to export, or delete them.</numerusform>
            <numerusform>Captionist did not close properly last time. {count} captions from %n sessions were saved as they were spoken and are listed below: select them to export, or delete them.</numerusform>
        </translation>
    </message>
</context>
</TS>
