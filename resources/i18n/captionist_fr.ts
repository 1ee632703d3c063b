<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>System audio captions what others in a call say, no virtual cable needed</source>
        <extracomment>What system audio is for, in one line: the source list and ``captionist devices`` say it.</extracomment>
        <translation>L’audio du système sous-titre ce que disent les autres participants d’un appel, sans câble virtuel</translation>
    </message>
    <message>
        <source>none at all</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>There is no audio input number {key}; the sources are: {names}.</source>
        <translation>Il n’y a pas d’entrée audio numéro {key} ; les sources sont : {names}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several audio sources, say which: {several}.</source>
        <translation>« {key} » correspond à plusieurs sources audio ; précisez laquelle : {several}.</translation>
    </message>
    <message>
        <source>There is no audio source &apos;{key}&apos;; the sources are: {names}.</source>
        <translation>Il n’y a pas de source audio « {key} » ; les sources sont : {names}.</translation>
    </message>
    <message>
        <source>Cannot read the audio file &apos;{path}&apos;: {reason}.</source>
        <translation>Impossible de lire le fichier audio « {path} » : {reason}.</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>il n’existe pas</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>it is truncated (shorter than its header says)</source>
        <translation>il est tronqué (plus court que ne l’indique son en-tête)</translation>
    </message>
    <message>
        <source>it is damaged or not in an audio format Captionist knows</source>
        <translation>il est endommagé ou dans un format audio que Captionist ne connaît pas</translation>
    </message>
    <message>
        <source>it contains no audio</source>
        <translation>il ne contient pas d’audio</translation>
    </message>
    <message>
        <source>it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)</source>
        <translation>il semble tronqué ({decoded_s:.1f} s sur les {declared_s:.1f} s annoncées)</translation>
    </message>
    <message>
        <source>PortAudio is not installed, so no audio device can be used (install libportaudio2).</source>
        <translation>PortAudio n’est pas installé : aucun périphérique audio ne peut être utilisé (installez libportaudio2).</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped unexpectedly; it may have been unplugged or taken by another program.</source>
        <extracomment>Duration of one callback block; also the unit the queue bound is counted in.</extracomment>
        <translation>L’entrée audio « {name} » s’est arrêtée de manière inattendue ; elle a peut-être été débranchée ou prise par un autre programme.</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; delivered no audio after it was opened.</source>
        <translation>L’entrée audio « {name} » n’a fourni aucun son après son ouverture.</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped delivering audio; it may have been unplugged or taken by another program.</source>
        <translation>L’entrée audio « {name} » ne fournit plus de son ; elle a peut-être été débranchée ou prise par un autre programme.</translation>
    </message>
    <message>
        <source>There is no audio input device &apos;{device}&apos; ({reason}).</source>
        <translation>Il n’y a pas de périphérique d’entrée audio « {device} » ({reason}).</translation>
    </message>
    <message>
        <source>Could not open the audio input &apos;{name}&apos;: {reason}.</source>
        <translation>Impossible d’ouvrir l’entrée audio « {name} » : {reason}.</translation>
    </message>
    <message>
        <source>Capturing system audio needs the &apos;parec&apos; program (package pulseaudio-utils).</source>
        <translation>La capture de l’audio du système nécessite le programme « parec » (paquet pulseaudio-utils).</translation>
    </message>
    <message>
        <source>PulseAudio did not answer ({reason})</source>
        <translation>PulseAudio n’a pas répondu ({reason})</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: {reason}.</source>
        <translation>Impossible de capturer « {name} » : {reason}.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: parec did not start ({reason}).</source>
        <translation>Impossible de capturer « {name} » : parec n’a pas démarré ({reason}).</translation>
    </message>
    <message>
        <source>the sound server (PulseAudio) closed the connection</source>
        <translation>le serveur de son (PulseAudio) a fermé la connexion</translation>
    </message>
    <message>
        <source>parec exited with code {code}</source>
        <translation>parec s’est terminé avec le code {code}</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped: {reason}.</source>
        <translation>La capture de l’audio du système depuis « {name} » s’est arrêtée : {reason}.</translation>
    </message>
    <message>
        <source>Capturing system audio on Windows needs the PyAudioWPatch package.</source>
        <translation>La capture de l’audio du système sous Windows nécessite le paquet PyAudioWPatch.</translation>
    </message>
    <message>
        <source>Could not capture &apos;{name}&apos;: {reason}.</source>
        <translation>La capture de « {name} » a échoué : {reason}.</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped unexpectedly.</source>
        <translation>La capture de l’audio du système depuis « {name} » s’est arrêtée de manière inattendue.</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of Captionist, so defaults are in use here; the file was kept as {backup}.</source>
        <translation>Les réglages ont été enregistrés par une version plus récente de Captionist : les valeurs par défaut sont utilisées ici ; le fichier a été conservé sous {backup}.</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation>Le fichier de réglages n’a pas pu être lu ({reason}) ; les valeurs par défaut sont utilisées. L’ancien fichier a été conservé sous {backup}.</translation>
    </message>
    <message>
        <source>Unknown language &apos;{code}&apos;. Use a Whisper language code such as en, de, es, zh (see &apos;captionist languages&apos;), or &apos;auto&apos; to detect it.</source>
        <translation>Langue inconnue « {code} ». Utilisez un code de langue Whisper comme en, de, es, zh (voir « captionist languages »), ou « auto » pour la détecter.</translation>
    </message>
    <message>
        <source>Pick the language the session speaks.</source>
        <translation>Choisissez la langue parlée dans la session.</translation>
    </message>
    <message>
        <source>The language of a running session cannot change: stop the session, pick the language, and start it again.</source>
        <translation>La langue d’une session en cours ne peut pas changer : arrêtez la session, choisissez la langue, puis relancez-la.</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos; is already running.</source>
        <translation>La session « {name} » est déjà en cours.</translation>
    </message>
    <message>
        <source>Autosave failed: disk full — captions are kept in memory; export them before closing</source>
        <translation>Échec de l’enregistrement automatique : disque plein — les sous-titres sont conservés en mémoire ; exportez-les avant de fermer</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} — captions are kept in memory; export them before closing</source>
        <translation>Échec de l’enregistrement automatique : {reason} — les sous-titres sont conservés en mémoire ; exportez-les avant de fermer</translation>
    </message>
    <message>
        <source>The model in {path} is damaged: {problem}.</source>
        <translation>Le modèle dans {path} est endommagé : {problem}.</translation>
    </message>
    <message>
        <source>Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 conversion of Whisper (model.bin, config.json, tokenizer.json).</source>
        <translation>Impossible d’utiliser le dossier de modèle {path} : {problem}. Il doit contenir une conversion CTranslate2 de Whisper (model.bin, config.json, tokenizer.json).</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; is not downloaded yet. Download it once with &apos;{command}&apos; (it then works offline), or use the embedded &apos;base&apos; model.</source>
        <translation>Le modèle « {name} » n’est pas encore téléchargé. Téléchargez-le une fois avec « {command} » (il fonctionne ensuite hors ligne), ou utilisez le modèle intégré « base ».</translation>
    </message>
    <message>
        <source>Unknown model &apos;{name}&apos;. Known models: {known}; or give a model folder.</source>
        <translation>Modèle inconnu « {name} ». Modèles connus : {known} ; ou indiquez un dossier de modèle.</translation>
    </message>
    <message>
        <source>This installation carries no speech sample to measure models with.</source>
        <translation>Cette installation ne contient aucun échantillon de parole pour mesurer les modèles.</translation>
    </message>
    <message>
        <source>Could not download &apos;{name}&apos; from the model hub at {where}: {reason}. Check the connection, or use the embedded &apos;base&apos; model, which works offline.</source>
        <translation>Impossible de télécharger « {name} » depuis le hub de modèles {where} : {reason}. Vérifiez la connexion, ou utilisez le modèle intégré « base », qui fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>The hub&apos;s copy of &apos;{name}&apos; ({repo}) has no model.bin.</source>
        <translation>La copie de « {name} » sur le hub ({repo}) n’a pas de model.bin.</translation>
    </message>
    <message>
        <source>The embedded model package &apos;{package}&apos; is not installed. Reinstall Captionist (pip install --force-reinstall captionist).</source>
        <translation>Le paquet du modèle intégré « {package} » n’est pas installé. Réinstallez Captionist (pip install --force-reinstall captionist).</translation>
    </message>
    <message>
        <source>The embedded model package lacks {name}; reinstall Captionist.</source>
        <translation>Il manque {name} au paquet du modèle intégré ; réinstallez Captionist.</translation>
    </message>
    <message>
        <source>The embedded model part {name} is missing; reinstall Captionist.</source>
        <translation>La partie {name} du modèle intégré est manquante ; réinstallez Captionist.</translation>
    </message>
    <message>
        <source>The embedded model parts join to {size} bytes with checksum {digest}…, not the expected model; reinstall Captionist.</source>
        <translation>Les parties du modèle intégré forment {size} octets de somme de contrôle {digest}…, et non le modèle attendu ; réinstallez Captionist.</translation>
    </message>
    <message>
        <source>The embedded model could not be loaded even after rebuilding it ({reason}). Reinstall Captionist.</source>
        <translation>Le modèle intégré n’a pas pu être chargé, même après sa reconstruction ({reason}). Réinstallez Captionist.</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; in {path} could not be loaded: {reason}. Check that the folder holds a complete CTranslate2 Whisper conversion.</source>
        <translation>Le modèle « {name} » dans {path} n’a pas pu être chargé : {reason}. Vérifiez que le dossier contient une conversion CTranslate2 complète de Whisper.</translation>
    </message>
    <message>
        <source>Choose a source: a microphone, system audio or a file.</source>
        <translation>Choisissez une source : un micro, l’audio du système ou un fichier.</translation>
    </message>
    <message>
        <source>install the CUDA 12 runtime with: pip install &quot;captionist[cuda]&quot;</source>
        <translation>installez l’environnement d’exécution CUDA 12 avec : pip install &quot;captionist[cuda]&quot;</translation>
    </message>
    <message>
        <source>{reason} — using the CPU</source>
        <translation>{reason} — utilisation du processeur</translation>
    </message>
    <message>
        <source>CUDA GPU found but {library} could not be loaded; {hint}</source>
        <translation>GPU CUDA trouvé, mais {library} n’a pas pu être chargée ; {hint}</translation>
    </message>
    <message>
        <source>CUDA GPU found but its NVIDIA driver is older than CTranslate2&apos;s CUDA 12 runtime needs; update the NVIDIA driver</source>
        <translation>GPU CUDA trouvé, mais son pilote NVIDIA est plus ancien que ce qu’exige l’environnement CUDA 12 de CTranslate2 ; mettez à jour le pilote NVIDIA</translation>
    </message>
    <message>
        <source>CUDA GPU found but the model could not run on it ({error})</source>
        <translation>GPU CUDA trouvé, mais le modèle n’a pas pu s’y exécuter ({error})</translation>
    </message>
    <message>
        <source>No CUDA GPU found (CTranslate2 sees none)</source>
        <translation>Aucun GPU CUDA trouvé (CTranslate2 n’en voit aucun)</translation>
    </message>
    <message>
        <source>CUDA could not be checked: {error}</source>
        <translation>CUDA n’a pas pu être vérifié : {error}</translation>
    </message>
    <message>
        <source>{reason} — choose the CPU instead.</source>
        <translation>{reason} — choisissez plutôt le processeur.</translation>
    </message>
    <message>
        <source>Cannot save the transcript to {path}: {reason}.</source>
        <translation>Impossible d’enregistrer la transcription dans {path} : {reason}.</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>c’est un dossier</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n’existe pas</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>l’accès a été refusé</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message>
        <source>&amp;Start or stop</source>
        <translation>&amp;Démarrer ou arrêter</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>Tout dé&amp;marrer</translation>
    </message>
    <message>
        <source>Stop &amp;all</source>
        <translation>&amp;Tout arrêter</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>&amp;Fermer la session</translation>
    </message>
    <message>
        <source>&amp;Export transcript…</source>
        <translation>&amp;Exporter la transcription…</translation>
    </message>
    <message>
        <source>Export &amp;meeting…</source>
        <translation>Exporter la ré&amp;union…</translation>
    </message>
    <message>
        <source>Saved &amp;transcripts…</source>
        <translation>Transcriptions enre&amp;gistrées…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find in captions…</source>
        <translation>&amp;Rechercher dans les sous-titres…</translation>
    </message>
    <message>
        <source>Refresh &amp;sources</source>
        <translation>Actualiser les &amp;sources</translation>
    </message>
    <message>
        <source>Show &amp;timestamps</source>
        <translation>Afficher l’&amp;horodatage</translation>
    </message>
    <message>
        <source>&amp;Larger captions</source>
        <translation>Sous-titres plus &amp;grands</translation>
    </message>
    <message>
        <source>S&amp;maller captions</source>
        <translation>Sous-titres plus &amp;petits</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Show &amp;overlay</source>
        <translation>Afficher la &amp;superposition</translation>
    </message>
    <message>
        <source>&amp;Click-through</source>
        <translation>&amp;Clics traversants</translation>
    </message>
    <message>
        <source>Snap to the &amp;top</source>
        <translation>Ancrer en &amp;haut</translation>
    </message>
    <message>
        <source>Snap to the &amp;bottom</source>
        <translation>Ancrer en &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>&amp;Apparence…</translation>
    </message>
    <message>
        <source>Show session names</source>
        <translation>Afficher les noms des sessions</translation>
    </message>
    <message>
        <source>Clear captions</source>
        <translation>Effacer les sous-titres</translation>
    </message>
    <message>
        <source>Hide overlay</source>
        <translation>Masquer la superposition</translation>
    </message>
    <message>
        <source>Open Captionist</source>
        <translation>Ouvrir Captionist</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>S&amp;uperposition</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Captionist: unexpected error</source>
        <translation>Captionist : erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Captions so far are saved. Details are in the log:
{log}</source>
        <translation>Une erreur est survenue : {error}

Les sous-titres obtenus jusqu’ici sont enregistrés. Les détails figurent dans le journal :
{log}</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Captions appear here</source>
        <translation>Les sous-titres apparaissent ici</translation>
    </message>
    <message>
        <source>Captions appear here when a session runs</source>
        <translation>Les sous-titres apparaissent ici lorsqu’une session est en cours</translation>
    </message>
    <message>
        <source>Captionist captions</source>
        <extracomment>Position, size or appearance changed and should be saved: (). Click-through was switched on or off, from any place: (bool). The overlay was shown or hidden by the user: (bool). The user asked for the appearance dialog from the overlay&apos;s menu: ().</extracomment>
        <translation>Sous-titres Captionist</translation>
    </message>
    <message>
        <source>Captions overlay</source>
        <translation>Superposition des sous-titres</translation>
    </message>
    <message>
        <source>The latest captions of every session</source>
        <translation>Les derniers sous-titres de chaque session</translation>
    </message>
    <message>
        <source>click-through · {key}</source>
        <translation>clics traversants · {key}</translation>
    </message>
    <message>
        <source>Click-through is on</source>
        <translation>Les clics traversent la superposition</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <source>Press Start to caption this session. Captions appear here as people speak.</source>
        <translation>Appuyez sur Démarrer pour sous-titrer cette session. Les sous-titres apparaissent ici au fil de la parole.</translation>
    </message>
    <message>
        <source>Find in captions</source>
        <translation>Rechercher dans les sous-titres</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Occurrence précédente (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Occurrence suivante (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>A new final caption was announced to screen readers: (the words announced).</extracomment>
        <translation>Sous-titres</translation>
    </message>
    <message>
        <source>Each new caption is read out once it is final; earlier ones stay here.</source>
        <translation>Chaque nouveau sous-titre est lu dès qu’il est définitif ; les précédents restent ici.</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Tout &amp;copier</translation>
    </message>
    <message>
        <source>{name}: {words}</source>
        <translation>{name} : {words}</translation>
    </message>
    <message>
        <source>— {name} restarted at {time} —</source>
        <translation>— {name} redémarrée à {time} —</translation>
    </message>
    <message>
        <source>— Restarted at {time} —</source>
        <translation>— Redémarrée à {time} —</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucune occurrence</translation>
    </message>
</context>
<context>
    <name>EchoGuard</name>
    <message>
        <source>Echo guard unavailable: {error}</source>
        <translation>Protection contre l’écho indisponible : {error}</translation>
    </message>
    <message>
        <source>Echo guard off: what the speakers play is captioned here too.</source>
        <translation>Protection contre l’écho désactivée : ce que diffusent les haut-parleurs est aussi sous-titré ici.</translation>
    </message>
    <message>
        <source>Echo guard on, idle: no system-audio session is running to ignore.</source>
        <translation>Protection contre l’écho activée, en attente : aucune session d’audio du système n’est en cours.</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (silent now).</source>
        <translation>Protection contre l’écho activée : ce que diffuse {name} est ignoré (silence pour l’instant).</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB).</source>
        <translation>Protection contre l’écho activée : ce que diffuse {name} est ignoré ({db} dB retirés).</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).</source>
        <translation>Protection contre l’écho activée : ce que diffuse {name} est ignoré ({db} dB retirés, {ms} ms de retard).</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>Exporter la réunion</translation>
    </message>
    <message>
        <source>Saving the transcript to {name}…</source>
        <translation>Enregistrement de la transcription dans {name}…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>The transcript could not be saved; the log says why.</source>
        <translation>La transcription n’a pas pu être enregistrée ; le journal en indique la raison.</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>Sous-titres (*.srt)</translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation>WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in captions</source>
        <translation>Rechercher dans les sous-titres</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Reading saved transcripts…</source>
        <translation>Lecture des transcriptions enregistrées…</translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation>Enregistrement en cours</translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation>Récupérée après un plantage</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Saved transcripts</source>
        <extracomment>The saved transcripts have been read and listed: (how many).</extracomment>
        <translation>Transcriptions enregistrées</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The saved transcripts could not be read; the log says why.</source>
        <translation>Les transcriptions enregistrées n’ont pas pu être lues ; le journal en indique la raison.</translation>
    </message>
    <message>
        <source>A session that is recording now cannot be deleted.</source>
        <translation>Une session en cours d’enregistrement ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>{question} This cannot be undone.</source>
        <translation>{question} Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete transcripts</source>
        <translation>Supprimer les transcriptions</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the transcript of “{name}” ({when}, {count})?</source>
        <translation>Supprimer la transcription de « {name} » ({when}, {count}) ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation>
            <numerusform>Supprimer %n transcription ({names} ; {count} au total) ?</numerusform>
            <numerusform>Supprimer %n transcriptions ({names} ; {count} au total) ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>silence</source>
        <translation>silence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>Niveau d’entrée</translation>
    </message>
    <message>
        <source>How loud this session&apos;s source is, from -60 dB to 0 dB</source>
        <translation>Le volume de la source de cette session, de -60 dB à 0 dB</translation>
    </message>
    <message>
        <source>Speech heard</source>
        <translation>Parole détectée</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>parole</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for transcripts a crash left…</source>
        <translation>Recherche de transcriptions laissées par un plantage…</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Every caption, for other views such as the overlay: (CaptionEvent, session name). The start-up scan for what a crash left is done: (the HistoryDialog offering it, or None when there was nothing).</extracomment>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>Wayland does not let apps keep a window on top: the overlay is a normal window here. Use your desktop&apos;s &quot;Always on top&quot; window menu to pin it.</source>
        <translation>Wayland ne permet pas aux applications de garder une fenêtre au premier plan : la superposition est ici une fenêtre normale. Utilisez le menu de fenêtre de votre bureau (« Toujours au premier plan ») pour l’épingler.</translation>
    </message>
    <message>
        <source>The new language applies the next time Captionist starts; running sessions go on undisturbed.</source>
        <translation>La nouvelle langue s’appliquera au prochain démarrage de Captionist ; les sessions en cours continuent sans interruption.</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>Session {number}</translation>
    </message>
    <message>
        <source>Measuring how many live sessions this model keeps up with…</source>
        <translation>Mesure du nombre de sessions en direct que ce modèle peut suivre…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Every session at once</source>
        <translation>Toutes les sessions à la fois</translation>
    </message>
    <message>
        <source>Stop and close “{name}”? Its captions are saved in Saved transcripts.</source>
        <translation>Arrêter et fermer « {name} » ? Ses sous-titres sont conservés dans Transcriptions enregistrées.</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>Fermer la session</translation>
    </message>
    <message>
        <source>Captions not saved</source>
        <translation>Sous-titres non enregistrés</translation>
    </message>
    <message>
        <source>The transcript of {names} could not be autosaved ({reason}).

Export it first with {export}, or close and lose the captions that were not saved?</source>
        <translation>La transcription de {names} n’a pas pu être enregistrée automatiquement ({reason}).

L’exporter d’abord avec {export}, ou fermer et perdre les sous-titres non enregistrés ?</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>L’enregistrement automatique fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name} : {state}</translation>
    </message>
    <message>
        <source>{name}: listening. {fallback}</source>
        <translation>{name} : à l’écoute. {fallback}</translation>
    </message>
    <message>
        <source>{name} stopped. Its transcript is kept in {history}.</source>
        <translation>{name} est arrêtée. Sa transcription est conservée dans {history}.</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>Renommer la session</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>Nouveau nom pour « {name} » :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Nothing has been captioned yet.</source>
        <translation>Rien n’a encore été sous-titré.</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>Exporté vers {path}</translation>
    </message>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation>
            <numerusform>Captionist ne s’est pas fermé correctement la dernière fois. {count} sous-titres de %n session ont été enregistrés au fil de la parole et figurent ci-dessous : sélectionnez-les pour les exporter, ou supprimez-les.</numerusform>
            <numerusform>Captionist ne s’est pas fermé correctement la dernière fois. {count} sous-titres de %n sessions ont été enregistrés au fil de la parole et figurent ci-dessous : sélectionnez-les pour les exporter, ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing: captioning the last words, then closing…</source>
        <translation>Finalisation : sous-titrage des derniers mots, puis fermeture…</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading the speech model… Captions appear here as soon as someone speaks.</source>
        <translation>Chargement du modèle vocal… Les sous-titres apparaissent ici dès que quelqu’un parle.</translation>
    </message>
    <message>
        <source>Listening. Captions appear here as soon as someone speaks.</source>
        <translation>À l’écoute. Les sous-titres apparaissent ici dès que quelqu’un parle.</translation>
    </message>
    <message>
        <source>Captioning stopped with an error: its message is in the session&apos;s tab, with Retry.</source>
        <translation>Le sous-titrage s’est arrêté sur une erreur : le message se trouve dans l’onglet de la session, avec Réessayer.</translation>
    </message>
    <message>
        <source>Press Start in the {name} tab to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>Appuyez sur Démarrer dans l’onglet {name} pour sous-titrer cette session.

Choisissez votre micro pour vous sous-titrer vous-même, ou Audio du système pour sous-titrer les autres participants d’un appel.</translation>
    </message>
    <message>
        <source>Press Start to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>Appuyez sur Démarrer pour sous-titrer cette session.

Choisissez votre micro pour vous sous-titrer vous-même, ou Audio du système pour sous-titrer les autres participants d’un appel.</translation>
    </message>
    <message>
        <source>Every session&apos;s captions appear here in the order they were said, each labelled with its session.

Press Start all to begin.</source>
        <extracomment>The user chose how sessions are laid out: (``&quot;columns&quot;`` or ``&quot;stream&quot;``). The user pressed Start all: (). The user pressed Stop all: ().</extracomment>
        <translation>Les sous-titres de toutes les sessions apparaissent ici dans l’ordre où ils ont été prononcés, chacun avec le nom de sa session.

Appuyez sur Tout démarrer pour commencer.</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Côte à côte</translation>
    </message>
    <message>
        <source>A column for each session</source>
        <translation>Une colonne par session</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>Un seul fil</translation>
    </message>
    <message>
        <source>All sessions in one transcript, in the order they spoke</source>
        <translation>Toutes les sessions dans une seule transcription, dans l’ordre de parole</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>Tout démarrer</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>Tout arrêter</translation>
    </message>
    <message>
        <source>{name}: {state} · new captions</source>
        <translation>{name} : {state} · nouveaux sous-titres</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name} : {state}</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>downloaded</source>
        <translation>téléchargé</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>non téléchargé</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>anglais uniquement</translation>
    </message>
    <message>
        <source>Base (built in, multilingual, offline)</source>
        <translation>Base (intégré, multilingue, hors ligne)</translation>
    </message>
    <message>
        <source>{name} (folder)</source>
        <translation>{name} (dossier)</translation>
    </message>
</context>
<context>
    <name>ModelCost</name>
    <message>
        <source>The model {model} is too slow here to caption live ({rtf} s of decoding per second of speech): captions would fall further and further behind; choose a smaller model.</source>
        <translation>Le modèle {model} est trop lent ici pour sous-titrer en direct ({rtf} s de décodage par seconde de parole) : les sous-titres prendraient de plus en plus de retard ; choisissez un modèle plus petit.</translation>
    </message>
    <message>
        <source>Live sessions this model keeps up with here: about {count}.</source>
        <translation>Sessions en direct que ce modèle peut suivre ici : environ {count}.</translation>
    </message>
</context>
<context>
    <name>OverlayAppearanceDialog</name>
    <message>
        <source>Overlay appearance</source>
        <translation>Apparence de la superposition</translation>
    </message>
    <message>
        <source>All running sessions</source>
        <translation>Toutes les sessions en cours</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
</context>
<context>
    <name>OverlayPrefs</name>
    <message>
        <source>Show the overlay</source>
        <translation>Afficher la superposition</translation>
    </message>
    <message>
        <source>Let clicks pass through to the window below</source>
        <translation>Laisser les clics passer à la fenêtre en dessous</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Name the session on each line when several run</source>
        <translation>Indiquer la session sur chaque ligne quand plusieurs sont en cours</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Couleur du texte</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>Opacité de l’arrière-plan</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>Largeur maximale</translation>
    </message>
    <message>
        <source>Hide after silence</source>
        <translation>Masquer après un silence</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>Ancrer</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Emplacement</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Loading model {name}…</source>
        <translation>Chargement du modèle {name}…</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>Erreur : {reason}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non démarrée</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>Chargement du modèle…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>À l’écoute</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Finalisation…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Falling behind: captions are delayed.</source>
        <translation>En retard : les sous-titres arrivent avec du retard.</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>System audio: install BlackHole (brew install blackhole-2ch), see README</source>
        <translation>Audio du système : installez BlackHole (brew install blackhole-2ch), voir le README</translation>
    </message>
    <message>
        <source>Looking for sources…</source>
        <translation>Recherche des sources…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>The list is about to open, a good moment to look for new devices: (). Where each language row keeps what typing searches (``LanguageChoice.search_text``).</extracomment>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Search the languages</source>
        <translation>Rechercher une langue</translation>
    </message>
    <message>
        <source>Translate into English</source>
        <extracomment>The user pressed Start (or Retry): (session id). The user pressed Stop: (session id). The user corrected the running session&apos;s language: (session id, language code). The user picked a model: (session id, model name). The user turned the echo guard on or off, or picked another source (the window pairs microphones with system audio again): (session id). What the session is doing, as the status line says it.</extracomment>
        <translation>Traduire en anglais</translation>
    </message>
    <message>
        <source>Play the file in real time</source>
        <translation>Lire le fichier en temps réel</translation>
    </message>
    <message>
        <source>Off: the file is transcribed as fast as it can be, at its best quality.
On: it is captioned as it plays, the way a live speaker would be.</source>
        <translation>Désactivé : le fichier est transcrit aussi vite que possible, avec la meilleure qualité.
Activé : il est sous-titré pendant la lecture, comme une personne qui parle en direct.</translation>
    </message>
    <message>
        <source>Ignore what the speakers play</source>
        <translation>Ignorer ce que diffusent les haut-parleurs</translation>
    </message>
    <message>
        <source>On: the voices of a call that this microphone hears from the speakers are removed, so they are captioned once, under the system-audio session.</source>
        <translation>Activé : les voix d’un appel que ce micro entend dans les haut-parleurs sont retirées, pour n’être sous-titrées qu’une fois, dans la session d’audio du système.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>not right?</source>
        <translation>incorrect ?</translation>
    </message>
    <message>
        <source>Pick the language this session speaks</source>
        <translation>Choisissez la langue parlée dans cette session</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Where this session&apos;s sound comes from</source>
        <translation>D’où vient le son de cette session</translation>
    </message>
    <message>
        <source>The language spoken; type a name in any language, or a code</source>
        <translation>La langue parlée ; tapez un nom dans n’importe quelle langue, ou un code</translation>
    </message>
    <message>
        <source>The speech model that writes the captions</source>
        <translation>Le modèle vocal qui écrit les sous-titres</translation>
    </message>
    <message>
        <source>Captions in English, whatever is spoken</source>
        <translation>Sous-titres en anglais, quelle que soit la langue parlée</translation>
    </message>
    <message>
        <source>Start or stop captioning this session</source>
        <translation>Démarrer ou arrêter le sous-titrage de cette session</translation>
    </message>
    <message>
        <source>Correct the language</source>
        <translation>Corriger la langue</translation>
    </message>
    <message>
        <source>Start this session again</source>
        <translation>Relancer cette session</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>Fichier audio…</translation>
    </message>
    <message>
        <source>Ignore what {name} plays</source>
        <translation>Ignorer ce que diffuse {name}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>Détection de la langue…</translation>
    </message>
    <message>
        <source>pick it</source>
        <translation>la choisir</translation>
    </message>
    <message>
        <source>Detected {language} —</source>
        <translation>Langue détectée : {language} —</translation>
    </message>
    <message>
        <source>{percent} sure, from the first speech</source>
        <translation>certitude de {percent}, d’après les premiers mots</translation>
    </message>
    <message>
        <source>{language} (your choice) —</source>
        <translation>{language} (votre choix) —</translation>
    </message>
    <message>
        <source>Caption an audio file</source>
        <translation>Sous-titrer un fichier audio</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)</source>
        <translation>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;Tous (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Captionist ({settings} on)</source>
        <translation>Captionist ({settings} activé)</translation>
    </message>
</context>
</TS>
