<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>System audio captions what others in a call say, no virtual cable needed</source>
        <extracomment>What system audio is for, in one line: the source list and ``captionist devices`` say it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audio input number {key}; the sources are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several audio sources, say which: {several}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audio source &apos;{key}&apos;; the sources are: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audio file &apos;{path}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is truncated (shorter than its header says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not in an audio format Captionist knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains no audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PortAudio is not installed, so no audio device can be used (install libportaudio2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped unexpectedly; it may have been unplugged or taken by another program.</source>
        <extracomment>Duration of one callback block; also the unit the queue bound is counted in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; delivered no audio after it was opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped delivering audio; it may have been unplugged or taken by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no audio input device &apos;{device}&apos; ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the audio input &apos;{name}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing system audio needs the &apos;parec&apos; program (package pulseaudio-utils).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PulseAudio did not answer ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: parec did not start ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sound server (PulseAudio) closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parec exited with code {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capturing system audio on Windows needs the PyAudioWPatch package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not capture &apos;{name}&apos;: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped unexpectedly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of Captionist, so defaults are in use here; the file was kept as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &apos;{code}&apos;. Use a Whisper language code such as en, de, es, zh (see &apos;captionist languages&apos;), or &apos;auto&apos; to detect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the language the session speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of a running session cannot change: stop the session, pick the language, and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos; is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: disk full — captions are kept in memory; export them before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave failed: {reason} — captions are kept in memory; export them before closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model in {path} is damaged: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 conversion of Whisper (model.bin, config.json, tokenizer.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; is not downloaded yet. Download it once with &apos;{command}&apos; (it then works offline), or use the embedded &apos;base&apos; model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model &apos;{name}&apos;. Known models: {known}; or give a model folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation carries no speech sample to measure models with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download &apos;{name}&apos; from the model hub at {where}: {reason}. Check the connection, or use the embedded &apos;base&apos; model, which works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hub&apos;s copy of &apos;{name}&apos; ({repo}) has no model.bin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded model package &apos;{package}&apos; is not installed. Reinstall Captionist (pip install --force-reinstall captionist).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded model package lacks {name}; reinstall Captionist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded model part {name} is missing; reinstall Captionist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded model parts join to {size} bytes with checksum {digest}…, not the expected model; reinstall Captionist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedded model could not be loaded even after rebuilding it ({reason}). Reinstall Captionist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; in {path} could not be loaded: {reason}. Check that the folder holds a complete CTranslate2 Whisper conversion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a source: a microphone, system audio or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install the CUDA 12 runtime with: pip install &quot;captionist[cuda]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — using the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU found but {library} could not be loaded; {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU found but its NVIDIA driver is older than CTranslate2&apos;s CUDA 12 runtime needs; update the NVIDIA driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA GPU found but the model could not run on it ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CUDA GPU found (CTranslate2 sees none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA could not be checked: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} — choose the CPU instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the transcript to {path}: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in captions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;maller captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Click-through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to the &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to the &amp;bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show session names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Captionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Captionist: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Captions so far are saved. Details are in the log:
{log}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Captions appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions appear here when a session runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captionist captions</source>
        <extracomment>Position, size or appearance changed and should be saved: (). Click-through was switched on or off, from any place: (bool). The overlay was shown or hidden by the user: (bool). The user asked for the appearance dialog from the overlay&apos;s menu: ().</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest captions of every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>click-through · {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-through is on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <source>Press Start to caption this session. Captions appear here as people speak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>A new final caption was announced to screen readers: (the words announced).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each new caption is read out once it is final; earlier ones stay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— {name} restarted at {time} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Restarted at {time} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EchoGuard</name>
    <message>
        <source>Echo guard unavailable: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo guard off: what the speakers play is captioned here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo guard on, idle: no system-audio session is running to ignore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (silent now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the transcript to {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript could not be saved; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Reading saved transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved transcripts</source>
        <extracomment>The saved transcripts have been read and listed: (how many).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved transcripts could not be read; the log says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session that is recording now cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{question} This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the transcript of “{name}” ({when}, {count})?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How loud this session&apos;s source is, from -60 dB to 0 dB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech heard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for transcripts a crash left…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Every caption, for other views such as the overlay: (CaptionEvent, session name). The start-up scan for what a crash left is done: (the HistoryDialog offering it, or None when there was nothing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wayland does not let apps keep a window on top: the overlay is a normal window here. Use your desktop&apos;s &quot;Always on top&quot; window menu to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies the next time Captionist starts; running sessions go on undisturbed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measuring how many live sessions this model keeps up with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and close “{name}”? Its captions are saved in Saved transcripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript of {names} could not be autosaved ({reason}).

Export it first with {export}, or close and lose the captions that were not saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: listening. {fallback}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} stopped. Its transcript is kept in {history}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been captioned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing: captioning the last words, then closing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading the speech model… Captions appear here as soon as someone speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening. Captions appear here as soon as someone speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captioning stopped with an error: its message is in the session&apos;s tab, with Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start in the {name} tab to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Start to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session&apos;s captions appear here in the order they were said, each labelled with its session.

Press Start all to begin.</source>
        <extracomment>The user chose how sessions are laid out: (``&quot;columns&quot;`` or ``&quot;stream&quot;``). The user pressed Start all: (). The user pressed Stop all: ().</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column for each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions in one transcript, in the order they spoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {state} · new captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayAppearanceDialog</name>
    <message>
        <source>Overlay appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All running sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayPrefs</name>
    <message>
        <source>Show the overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let clicks pass through to the window below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the session on each line when several run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide after silence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Loading model {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Falling behind: captions are delayed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>System audio: install BlackHole (brew install blackhole-2ch), see README</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>The list is about to open, a good moment to look for new devices: (). Where each language row keeps what typing searches (``LanguageChoice.search_text``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translate into English</source>
        <extracomment>The user pressed Start (or Retry): (session id). The user pressed Stop: (session id). The user corrected the running session&apos;s language: (session id, language code). The user picked a model: (session id, model name). The user turned the echo guard on or off, or picked another source (the window pairs microphones with system audio again): (session id). What the session is doing, as the status line says it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the file in real time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the file is transcribed as fast as it can be, at its best quality.
On: it is captioned as it plays, the way a live speaker would be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore what the speakers play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: the voices of a call that this microphone hears from the speakers are removed, so they are captioned once, under the system-audio session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the language this session speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this session&apos;s sound comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language spoken; type a name in any language, or a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech model that writes the captions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions in English, whatever is spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop captioning this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this session again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore what {name} plays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pick it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected {language} —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{percent} sure, from the first speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{language} (your choice) —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption an audio file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Captionist ({settings} on)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
