<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>System audio captions what others in a call say, no virtual cable needed</source>
        <extracomment>What system audio is for, in one line: the source list and ``captionist devices`` say it.</extracomment>
        <translation>El audio del sistema subtitula lo que dicen los demás en una llamada, sin cable virtual</translation>
    </message>
    <message>
        <source>none at all</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>There is no audio input number {key}; the sources are: {names}.</source>
        <translation>No hay ninguna entrada de audio con el número {key}; las fuentes son: {names}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several audio sources, say which: {several}.</source>
        <translation>«{key}» coincide con varias fuentes de audio; indique cuál: {several}.</translation>
    </message>
    <message>
        <source>There is no audio source &apos;{key}&apos;; the sources are: {names}.</source>
        <translation>No existe la fuente de audio «{key}»; las fuentes son: {names}.</translation>
    </message>
    <message>
        <source>Cannot read the audio file &apos;{path}&apos;: {reason}.</source>
        <translation>No se puede leer el archivo de audio «{path}»: {reason}.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>it is truncated (shorter than its header says)</source>
        <translation>está truncado (es más corto de lo que indica su cabecera)</translation>
    </message>
    <message>
        <source>it is damaged or not in an audio format Captionist knows</source>
        <translation>está dañado o no tiene un formato de audio que Captionist conozca</translation>
    </message>
    <message>
        <source>it contains no audio</source>
        <translation>no contiene audio</translation>
    </message>
    <message>
        <source>it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)</source>
        <translation>parece truncado ({decoded_s:.1f} s de los {declared_s:.1f} s que declara)</translation>
    </message>
    <message>
        <source>PortAudio is not installed, so no audio device can be used (install libportaudio2).</source>
        <translation>PortAudio no está instalado, así que no se puede usar ningún dispositivo de audio (instale libportaudio2).</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped unexpectedly; it may have been unplugged or taken by another program.</source>
        <extracomment>Duration of one callback block; also the unit the queue bound is counted in.</extracomment>
        <translation>La entrada de audio «{name}» se detuvo inesperadamente; puede que se haya desconectado o que otro programa la esté usando.</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; delivered no audio after it was opened.</source>
        <translation>La entrada de audio «{name}» no entregó audio después de abrirse.</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped delivering audio; it may have been unplugged or taken by another program.</source>
        <translation>La entrada de audio «{name}» dejó de entregar audio; puede que se haya desconectado o que otro programa la esté usando.</translation>
    </message>
    <message>
        <source>There is no audio input device &apos;{device}&apos; ({reason}).</source>
        <translation>No existe el dispositivo de entrada de audio «{device}» ({reason}).</translation>
    </message>
    <message>
        <source>Could not open the audio input &apos;{name}&apos;: {reason}.</source>
        <translation>No se pudo abrir la entrada de audio «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>Capturing system audio needs the &apos;parec&apos; program (package pulseaudio-utils).</source>
        <translation>Para capturar el audio del sistema hace falta el programa «parec» (paquete pulseaudio-utils).</translation>
    </message>
    <message>
        <source>PulseAudio did not answer ({reason})</source>
        <translation>PulseAudio no respondió ({reason})</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: {reason}.</source>
        <translation>No se puede capturar «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: parec did not start ({reason}).</source>
        <translation>No se puede capturar «{name}»: parec no se inició ({reason}).</translation>
    </message>
    <message>
        <source>the sound server (PulseAudio) closed the connection</source>
        <translation>el servidor de sonido (PulseAudio) cerró la conexión</translation>
    </message>
    <message>
        <source>parec exited with code {code}</source>
        <translation>parec terminó con el código {code}</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped: {reason}.</source>
        <translation>La captura del audio del sistema desde «{name}» se detuvo: {reason}.</translation>
    </message>
    <message>
        <source>Capturing system audio on Windows needs the PyAudioWPatch package.</source>
        <translation>Para capturar el audio del sistema en Windows hace falta el paquete PyAudioWPatch.</translation>
    </message>
    <message>
        <source>Could not capture &apos;{name}&apos;: {reason}.</source>
        <translation>No se pudo capturar «{name}»: {reason}.</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped unexpectedly.</source>
        <translation>La captura del audio del sistema desde «{name}» se detuvo inesperadamente.</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of Captionist, so defaults are in use here; the file was kept as {backup}.</source>
        <translation>La configuración se guardó con una versión más reciente de Captionist, así que aquí se usan los valores predeterminados; el archivo se conservó como {backup}.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation>No se pudo leer el archivo de configuración ({reason}); se usan los valores predeterminados. El archivo anterior se conservó como {backup}.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{code}&apos;. Use a Whisper language code such as en, de, es, zh (see &apos;captionist languages&apos;), or &apos;auto&apos; to detect it.</source>
        <translation>Idioma desconocido «{code}». Use un código de idioma de Whisper como en, de, es, zh (consulte «captionist languages») o «auto» para detectarlo.</translation>
    </message>
    <message>
        <source>Pick the language the session speaks.</source>
        <translation>Elija el idioma que se habla en la sesión.</translation>
    </message>
    <message>
        <source>The language of a running session cannot change: stop the session, pick the language, and start it again.</source>
        <translation>El idioma de una sesión en curso no puede cambiar: detenga la sesión, elija el idioma y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos; is already running.</source>
        <translation>La sesión «{name}» ya está en curso.</translation>
    </message>
    <message>
        <source>Autosave failed: disk full — captions are kept in memory; export them before closing</source>
        <translation>Falló el guardado automático: disco lleno — los subtítulos se conservan en memoria; expórtelos antes de cerrar</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} — captions are kept in memory; export them before closing</source>
        <translation>Falló el guardado automático: {reason} — los subtítulos se conservan en memoria; expórtelos antes de cerrar</translation>
    </message>
    <message>
        <source>The model in {path} is damaged: {problem}.</source>
        <translation>El modelo de {path} está dañado: {problem}.</translation>
    </message>
    <message>
        <source>Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 conversion of Whisper (model.bin, config.json, tokenizer.json).</source>
        <translation>No se puede usar la carpeta de modelo {path}: {problem}. Debe contener una conversión de Whisper a CTranslate2 (model.bin, config.json, tokenizer.json).</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; is not downloaded yet. Download it once with &apos;{command}&apos; (it then works offline), or use the embedded &apos;base&apos; model.</source>
        <translation>El modelo «{name}» aún no se ha descargado. Descárguelo una vez con «{command}» (después funciona sin conexión) o use el modelo integrado «base».</translation>
    </message>
    <message>
        <source>Unknown model &apos;{name}&apos;. Known models: {known}; or give a model folder.</source>
        <translation>Modelo desconocido «{name}». Modelos conocidos: {known}; o indique una carpeta de modelo.</translation>
    </message>
    <message>
        <source>This installation carries no speech sample to measure models with.</source>
        <translation>Esta instalación no incluye ninguna muestra de voz con la que medir los modelos.</translation>
    </message>
    <message>
        <source>Could not download &apos;{name}&apos; from the model hub at {where}: {reason}. Check the connection, or use the embedded &apos;base&apos; model, which works offline.</source>
        <translation>No se pudo descargar «{name}» del repositorio de modelos en {where}: {reason}. Compruebe la conexión o use el modelo integrado «base», que funciona sin conexión.</translation>
    </message>
    <message>
        <source>The hub&apos;s copy of &apos;{name}&apos; ({repo}) has no model.bin.</source>
        <translation>La copia de «{name}» en el repositorio ({repo}) no tiene model.bin.</translation>
    </message>
    <message>
        <source>The embedded model package &apos;{package}&apos; is not installed. Reinstall Captionist (pip install --force-reinstall captionist).</source>
        <translation>El paquete del modelo integrado «{package}» no está instalado. Reinstale Captionist (pip install --force-reinstall captionist).</translation>
    </message>
    <message>
        <source>The embedded model package lacks {name}; reinstall Captionist.</source>
        <translation>Al paquete del modelo integrado le falta {name}; reinstale Captionist.</translation>
    </message>
    <message>
        <source>The embedded model part {name} is missing; reinstall Captionist.</source>
        <translation>Falta la parte {name} del modelo integrado; reinstale Captionist.</translation>
    </message>
    <message>
        <source>The embedded model parts join to {size} bytes with checksum {digest}…, not the expected model; reinstall Captionist.</source>
        <translation>Las partes del modelo integrado suman {size} bytes con la suma de comprobación {digest}…, no el modelo esperado; reinstale Captionist.</translation>
    </message>
    <message>
        <source>The embedded model could not be loaded even after rebuilding it ({reason}). Reinstall Captionist.</source>
        <translation>No se pudo cargar el modelo integrado ni siquiera tras reconstruirlo ({reason}). Reinstale Captionist.</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; in {path} could not be loaded: {reason}. Check that the folder holds a complete CTranslate2 Whisper conversion.</source>
        <translation>No se pudo cargar el modelo «{name}» de {path}: {reason}. Compruebe que la carpeta contiene una conversión completa de Whisper a CTranslate2.</translation>
    </message>
    <message>
        <source>Choose a source: a microphone, system audio or a file.</source>
        <translation>Elija una fuente: un micrófono, el audio del sistema o un archivo.</translation>
    </message>
    <message>
        <source>install the CUDA 12 runtime with: pip install &quot;captionist[cuda]&quot;</source>
        <translation>instale el entorno de ejecución de CUDA 12 con: pip install &quot;captionist[cuda]&quot;</translation>
    </message>
    <message>
        <source>{reason} — using the CPU</source>
        <translation>{reason} — se usa la CPU</translation>
    </message>
    <message>
        <source>CUDA GPU found but {library} could not be loaded; {hint}</source>
        <translation>Se encontró una GPU CUDA, pero no se pudo cargar {library}; {hint}</translation>
    </message>
    <message>
        <source>CUDA GPU found but its NVIDIA driver is older than CTranslate2&apos;s CUDA 12 runtime needs; update the NVIDIA driver</source>
        <translation>Se encontró una GPU CUDA, pero su controlador NVIDIA es más antiguo de lo que necesita el entorno CUDA 12 de CTranslate2; actualice el controlador NVIDIA</translation>
    </message>
    <message>
        <source>CUDA GPU found but the model could not run on it ({error})</source>
        <translation>Se encontró una GPU CUDA, pero el modelo no pudo ejecutarse en ella ({error})</translation>
    </message>
    <message>
        <source>No CUDA GPU found (CTranslate2 sees none)</source>
        <translation>No se encontró ninguna GPU CUDA (CTranslate2 no detecta ninguna)</translation>
    </message>
    <message>
        <source>CUDA could not be checked: {error}</source>
        <translation>No se pudo comprobar CUDA: {error}</translation>
    </message>
    <message>
        <source>{reason} — choose the CPU instead.</source>
        <translation>{reason} — elija la CPU en su lugar.</translation>
    </message>
    <message>
        <source>Cannot save the transcript to {path}: {reason}.</source>
        <translation>No se puede guardar la transcripción en {path}: {reason}.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>la carpeta {folder} no existe</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message>
        <source>&amp;Start or stop</source>
        <translation>&amp;Iniciar o detener</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Iniciar &amp;todas</translation>
    </message>
    <message>
        <source>Stop &amp;all</source>
        <translation>Detener t&amp;odas</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Cambiar nombre…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>Ce&amp;rrar sesión</translation>
    </message>
    <message>
        <source>&amp;Export transcript…</source>
        <translation>&amp;Exportar transcripción…</translation>
    </message>
    <message>
        <source>Export &amp;meeting…</source>
        <translation>Exportar re&amp;unión…</translation>
    </message>
    <message>
        <source>Saved &amp;transcripts…</source>
        <translation>Transcripciones &amp;guardadas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Find in captions…</source>
        <translation>&amp;Buscar en los subtítulos…</translation>
    </message>
    <message>
        <source>Refresh &amp;sources</source>
        <translation>&amp;Actualizar fuentes</translation>
    </message>
    <message>
        <source>Show &amp;timestamps</source>
        <translation>Mostrar marcas de &amp;tiempo</translation>
    </message>
    <message>
        <source>&amp;Larger captions</source>
        <translation>Subtítulos más &amp;grandes</translation>
    </message>
    <message>
        <source>S&amp;maller captions</source>
        <translation>Subtítulos más &amp;pequeños</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Según el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Show &amp;overlay</source>
        <translation>Mostrar su&amp;perposición</translation>
    </message>
    <message>
        <source>&amp;Click-through</source>
        <translation>Dejar pasar los &amp;clics</translation>
    </message>
    <message>
        <source>Snap to the &amp;top</source>
        <translation>Ajustar a&amp;rriba</translation>
    </message>
    <message>
        <source>Snap to the &amp;bottom</source>
        <translation>Ajustar a&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>&amp;Apariencia…</translation>
    </message>
    <message>
        <source>Show session names</source>
        <translation>Mostrar nombres de sesión</translation>
    </message>
    <message>
        <source>Clear captions</source>
        <translation>Borrar subtítulos</translation>
    </message>
    <message>
        <source>Hide overlay</source>
        <translation>Ocultar superposición</translation>
    </message>
    <message>
        <source>Open Captionist</source>
        <translation>Abrir Captionist</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>S&amp;uperposición</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Captionist: unexpected error</source>
        <translation>Captionist: error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Captions so far are saved. Details are in the log:
{log}</source>
        <translation>Algo salió mal: {error}

Los subtítulos obtenidos hasta ahora están guardados. Los detalles están en el registro:
{log}</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Captions appear here</source>
        <translation>Los subtítulos aparecen aquí</translation>
    </message>
    <message>
        <source>Captions appear here when a session runs</source>
        <translation>Los subtítulos aparecen aquí cuando hay una sesión en curso</translation>
    </message>
    <message>
        <source>Captionist captions</source>
        <extracomment>Position, size or appearance changed and should be saved: (). Click-through was switched on or off, from any place: (bool). The overlay was shown or hidden by the user: (bool). The user asked for the appearance dialog from the overlay&apos;s menu: ().</extracomment>
        <translation>Subtítulos de Captionist</translation>
    </message>
    <message>
        <source>Captions overlay</source>
        <translation>Superposición de subtítulos</translation>
    </message>
    <message>
        <source>The latest captions of every session</source>
        <translation>Los últimos subtítulos de cada sesión</translation>
    </message>
    <message>
        <source>click-through · {key}</source>
        <translation>clics a través · {key}</translation>
    </message>
    <message>
        <source>Click-through is on</source>
        <translation>Los clics atraviesan la superposición</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <source>Press Start to caption this session. Captions appear here as people speak.</source>
        <translation>Pulse Iniciar para subtitular esta sesión. Los subtítulos aparecen aquí a medida que se habla.</translation>
    </message>
    <message>
        <source>Find in captions</source>
        <translation>Buscar en los subtítulos</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Coincidencia anterior (Mayús+Intro, Mayús+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Coincidencia siguiente (Intro, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>A new final caption was announced to screen readers: (the words announced).</extracomment>
        <translation>Subtítulos</translation>
    </message>
    <message>
        <source>Each new caption is read out once it is final; earlier ones stay here.</source>
        <translation>Cada subtítulo nuevo se lee en voz alta cuando es definitivo; los anteriores permanecen aquí.</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copiar &amp;todo</translation>
    </message>
    <message>
        <source>{name}: {words}</source>
        <translation>{name}: {words}</translation>
    </message>
    <message>
        <source>— {name} restarted at {time} —</source>
        <translation>— {name} se reinició a las {time} —</translation>
    </message>
    <message>
        <source>— Restarted at {time} —</source>
        <translation>— Reiniciada a las {time} —</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Sin coincidencias</translation>
    </message>
</context>
<context>
    <name>EchoGuard</name>
    <message>
        <source>Echo guard unavailable: {error}</source>
        <translation>Protección contra eco no disponible: {error}</translation>
    </message>
    <message>
        <source>Echo guard off: what the speakers play is captioned here too.</source>
        <translation>Protección contra eco desactivada: lo que suena por los altavoces también se subtitula aquí.</translation>
    </message>
    <message>
        <source>Echo guard on, idle: no system-audio session is running to ignore.</source>
        <translation>Protección contra eco activada, en espera: no hay ninguna sesión de audio del sistema en curso que ignorar.</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (silent now).</source>
        <translation>Protección contra eco activada: se ignora lo que reproduce {name} (ahora en silencio).</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB).</source>
        <translation>Protección contra eco activada: se ignora lo que reproduce {name} (se eliminan {db} dB).</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).</source>
        <translation>Protección contra eco activada: se ignora lo que reproduce {name} (se eliminan {db} dB, {ms} ms de retraso).</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export transcript</source>
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Exportar reunión</translation>
    </message>
    <message>
        <source>Saving the transcript to {name}…</source>
        <translation>Guardando la transcripción en {name}…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>The transcript could not be saved; the log says why.</source>
        <translation>No se pudo guardar la transcripción; el registro indica el motivo.</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Subtítulos (*.srt)</translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation>WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texto (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in captions</source>
        <translation>Buscar en los subtítulos</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Reading saved transcripts…</source>
        <translation>Leyendo las transcripciones guardadas…</translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation>Grabando ahora</translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation>Recuperada tras un fallo</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperada</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Saved transcripts</source>
        <extracomment>The saved transcripts have been read and listed: (how many).</extracomment>
        <translation>Transcripciones guardadas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Frases</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The saved transcripts could not be read; the log says why.</source>
        <translation>No se pudieron leer las transcripciones guardadas; el registro indica el motivo.</translation>
    </message>
    <message>
        <source>A session that is recording now cannot be deleted.</source>
        <translation>No se puede eliminar una sesión que se está grabando.</translation>
    </message>
    <message>
        <source>{question} This cannot be undone.</source>
        <translation>{question} Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete transcripts</source>
        <translation>Eliminar transcripciones</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n frase</numerusform>
            <numerusform>%n frases</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the transcript of “{name}” ({when}, {count})?</source>
        <translation>¿Eliminar la transcripción de «{name}» ({when}, {count})?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation>
            <numerusform>¿Eliminar %n transcripción ({names}; {count} en total)?</numerusform>
            <numerusform>¿Eliminar %n transcripciones ({names}; {count} en total)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>silence</source>
        <translation>silencio</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Nivel de entrada</translation>
    </message>
    <message>
        <source>How loud this session&apos;s source is, from -60 dB to 0 dB</source>
        <translation>El volumen de la fuente de esta sesión, de -60 dB a 0 dB</translation>
    </message>
    <message>
        <source>Speech heard</source>
        <translation>Se oye voz</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>voz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for transcripts a crash left…</source>
        <translation>Buscando transcripciones que dejó un fallo…</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Every caption, for other views such as the overlay: (CaptionEvent, session name). The start-up scan for what a crash left is done: (the HistoryDialog offering it, or None when there was nothing).</extracomment>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barra de menús</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>Wayland does not let apps keep a window on top: the overlay is a normal window here. Use your desktop&apos;s &quot;Always on top&quot; window menu to pin it.</source>
        <translation>Wayland no permite que las aplicaciones mantengan una ventana siempre encima: aquí la superposición es una ventana normal. Use el menú de ventana de su escritorio («Siempre encima») para fijarla.</translation>
    </message>
    <message>
        <source>The new language applies the next time Captionist starts; running sessions go on undisturbed.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que se inicie Captionist; las sesiones en curso continúan sin interrupción.</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Sesión {number}</translation>
    </message>
    <message>
        <source>Measuring how many live sessions this model keeps up with…</source>
        <translation>Midiendo cuántas sesiones en directo puede seguir este modelo…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Every session at once</source>
        <translation>Todas las sesiones a la vez</translation>
    </message>
    <message>
        <source>Stop and close “{name}”? Its captions are saved in Saved transcripts.</source>
        <translation>¿Detener y cerrar «{name}»? Sus subtítulos se guardan en Transcripciones guardadas.</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Captions not saved</source>
        <translation>Subtítulos sin guardar</translation>
    </message>
    <message>
        <source>The transcript of {names} could not be autosaved ({reason}).

Export it first with {export}, or close and lose the captions that were not saved?</source>
        <translation>No se pudo guardar automáticamente la transcripción de {names} ({reason}).

¿Exportarla primero con {export}, o cerrar y perder los subtítulos no guardados?</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>El guardado automático vuelve a funcionar.</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{name}: listening. {fallback}</source>
        <translation>{name}: escuchando. {fallback}</translation>
    </message>
    <message>
        <source>{name} stopped. Its transcript is kept in {history}.</source>
        <translation>{name} se detuvo. Su transcripción se conserva en {history}.</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Cambiar nombre de la sesión</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nuevo nombre para «{name}»:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing has been captioned yet.</source>
        <translation>Todavía no se ha subtitulado nada.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exportado a {path}</translation>
    </message>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation>
            <numerusform>Captionist no se cerró correctamente la última vez. {count} subtítulos de %n sesión se guardaron a medida que se decían y aparecen abajo: selecciónelos para exportarlos o elimínelos.</numerusform>
            <numerusform>Captionist no se cerró correctamente la última vez. {count} subtítulos de %n sesiones se guardaron a medida que se decían y aparecen abajo: selecciónelos para exportarlos o elimínelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing: captioning the last words, then closing…</source>
        <translation>Terminando: subtitulando las últimas palabras y cerrando…</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading the speech model… Captions appear here as soon as someone speaks.</source>
        <translation>Cargando el modelo de voz… Los subtítulos aparecerán aquí en cuanto alguien hable.</translation>
    </message>
    <message>
        <source>Listening. Captions appear here as soon as someone speaks.</source>
        <translation>Escuchando. Los subtítulos aparecerán aquí en cuanto alguien hable.</translation>
    </message>
    <message>
        <source>Captioning stopped with an error: its message is in the session&apos;s tab, with Retry.</source>
        <translation>La subtitulación se detuvo por un error: el mensaje está en la pestaña de la sesión, junto a Reintentar.</translation>
    </message>
    <message>
        <source>Press Start in the {name} tab to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>Pulse Iniciar en la pestaña {name} para subtitular esta sesión.

Elija su micrófono para subtitularse a sí mismo, o Audio del sistema para subtitular a las demás personas de una llamada.</translation>
    </message>
    <message>
        <source>Press Start to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>Pulse Iniciar para subtitular esta sesión.

Elija su micrófono para subtitularse a sí mismo, o Audio del sistema para subtitular a las demás personas de una llamada.</translation>
    </message>
    <message>
        <source>Every session&apos;s captions appear here in the order they were said, each labelled with its session.

Press Start all to begin.</source>
        <extracomment>The user chose how sessions are laid out: (``&quot;columns&quot;`` or ``&quot;stream&quot;``). The user pressed Start all: (). The user pressed Stop all: ().</extracomment>
        <translation>Aquí aparecen los subtítulos de todas las sesiones en el orden en que se dijeron, cada uno con el nombre de su sesión.

Pulse Iniciar todas para empezar.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>En paralelo</translation>
    </message>
    <message>
        <source>A column for each session</source>
        <translation>Una columna por sesión</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>Un solo flujo</translation>
    </message>
    <message>
        <source>All sessions in one transcript, in the order they spoke</source>
        <translation>Todas las sesiones en una sola transcripción, en el orden en que hablaron</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>Iniciar todas</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Detener todas</translation>
    </message>
    <message>
        <source>{name}: {state} · new captions</source>
        <translation>{name}: {state} · subtítulos nuevos</translation>
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
        <translation>descargado</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>sin descargar</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>solo inglés</translation>
    </message>
    <message>
        <source>Base (built in, multilingual, offline)</source>
        <translation>Base (integrado, multilingüe, sin conexión)</translation>
    </message>
    <message>
        <source>{name} (folder)</source>
        <translation>{name} (carpeta)</translation>
    </message>
</context>
<context>
    <name>ModelCost</name>
    <message>
        <source>The model {model} is too slow here to caption live ({rtf} s of decoding per second of speech): captions would fall further and further behind; choose a smaller model.</source>
        <translation>El modelo {model} es demasiado lento aquí para subtitular en directo ({rtf} s de decodificación por segundo de voz): los subtítulos se retrasarían cada vez más; elija un modelo más pequeño.</translation>
    </message>
    <message>
        <source>Live sessions this model keeps up with here: about {count}.</source>
        <translation>Sesiones en directo que este modelo puede seguir aquí: unas {count}.</translation>
    </message>
</context>
<context>
    <name>OverlayAppearanceDialog</name>
    <message>
        <source>Overlay appearance</source>
        <translation>Apariencia de la superposición</translation>
    </message>
    <message>
        <source>All running sessions</source>
        <translation>Todas las sesiones en curso</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
</context>
<context>
    <name>OverlayPrefs</name>
    <message>
        <source>Show the overlay</source>
        <translation>Mostrar la superposición</translation>
    </message>
    <message>
        <source>Let clicks pass through to the window below</source>
        <translation>Dejar que los clics pasen a la ventana de debajo</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Name the session on each line when several run</source>
        <translation>Indicar la sesión en cada línea cuando haya varias</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Color del texto</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Opacidad del fondo</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>Ancho máximo</translation>
    </message>
    <message>
        <source>Hide after silence</source>
        <translation>Ocultar tras un silencio</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>Ajustar a</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Loading model {name}…</source>
        <translation>Cargando el modelo {name}…</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Error: {reason}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Cargando el modelo…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>Con retraso</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Terminando…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Falling behind: captions are delayed.</source>
        <translation>Con retraso: los subtítulos llegan tarde.</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>System audio: install BlackHole (brew install blackhole-2ch), see README</source>
        <translation>Audio del sistema: instale BlackHole (brew install blackhole-2ch), consulte el README</translation>
    </message>
    <message>
        <source>Looking for sources…</source>
        <translation>Buscando fuentes…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Archivo: {path}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>The list is about to open, a good moment to look for new devices: (). Where each language row keeps what typing searches (``LanguageChoice.search_text``).</extracomment>
        <translation>Detectar automáticamente</translation>
    </message>
    <message>
        <source>Search the languages</source>
        <translation>Buscar idiomas</translation>
    </message>
    <message>
        <source>Translate into English</source>
        <extracomment>The user pressed Start (or Retry): (session id). The user pressed Stop: (session id). The user corrected the running session&apos;s language: (session id, language code). The user picked a model: (session id, model name). The user turned the echo guard on or off, or picked another source (the window pairs microphones with system audio again): (session id). What the session is doing, as the status line says it.</extracomment>
        <translation>Traducir al inglés</translation>
    </message>
    <message>
        <source>Play the file in real time</source>
        <translation>Reproducir el archivo en tiempo real</translation>
    </message>
    <message>
        <source>Off: the file is transcribed as fast as it can be, at its best quality.
On: it is captioned as it plays, the way a live speaker would be.</source>
        <translation>Desactivado: el archivo se transcribe lo más rápido posible, con la mejor calidad.
Activado: se subtitula mientras se reproduce, como si alguien hablara en directo.</translation>
    </message>
    <message>
        <source>Ignore what the speakers play</source>
        <translation>Ignorar lo que suena por los altavoces</translation>
    </message>
    <message>
        <source>On: the voices of a call that this microphone hears from the speakers are removed, so they are captioned once, under the system-audio session.</source>
        <translation>Activado: las voces de una llamada que este micrófono oye por los altavoces se eliminan, así que se subtitulan una sola vez, en la sesión de audio del sistema.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>not right?</source>
        <translation>¿no es correcto?</translation>
    </message>
    <message>
        <source>Pick the language this session speaks</source>
        <translation>Elija el idioma que se habla en esta sesión</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Where this session&apos;s sound comes from</source>
        <translation>De dónde procede el sonido de esta sesión</translation>
    </message>
    <message>
        <source>The language spoken; type a name in any language, or a code</source>
        <translation>El idioma hablado; escriba un nombre en cualquier idioma o un código</translation>
    </message>
    <message>
        <source>The speech model that writes the captions</source>
        <translation>El modelo de voz que escribe los subtítulos</translation>
    </message>
    <message>
        <source>Captions in English, whatever is spoken</source>
        <translation>Subtítulos en inglés, se hable el idioma que se hable</translation>
    </message>
    <message>
        <source>Start or stop captioning this session</source>
        <translation>Iniciar o detener la subtitulación de esta sesión</translation>
    </message>
    <message>
        <source>Correct the language</source>
        <translation>Corregir el idioma</translation>
    </message>
    <message>
        <source>Start this session again</source>
        <translation>Volver a iniciar esta sesión</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>Archivo de audio…</translation>
    </message>
    <message>
        <source>Ignore what {name} plays</source>
        <translation>Ignorar lo que reproduce {name}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Detectando el idioma…</translation>
    </message>
    <message>
        <source>pick it</source>
        <translation>elegirlo</translation>
    </message>
    <message>
        <source>Detected {language} —</source>
        <translation>Detectado: {language} —</translation>
    </message>
    <message>
        <source>{percent} sure, from the first speech</source>
        <translation>con un {percent} de seguridad, según lo primero que se dijo</translation>
    </message>
    <message>
        <source>{language} (your choice) —</source>
        <translation>{language} (su elección) —</translation>
    </message>
    <message>
        <source>Caption an audio file</source>
        <translation>Subtitular un archivo de audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;Todos (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Captionist ({settings} on)</source>
        <translation>Captionist ({settings} activado)</translation>
    </message>
</context>
</TS>
