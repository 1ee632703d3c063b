<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>System audio captions what others in a call say, no virtual cable needed</source>
        <extracomment>What system audio is for, in one line: the source list and ``captionist devices`` say it.</extracomment>
        <translation>系统音频可为通话中其他人的发言生成字幕，无需虚拟音频线</translation>
    </message>
    <message>
        <source>none at all</source>
        <translation>无</translation>
    </message>
    <message>
        <source>There is no audio input number {key}; the sources are: {names}.</source>
        <translation>没有编号为 {key} 的音频输入；可用的音源有：{names}。</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; matches several audio sources, say which: {several}.</source>
        <translation>“{key}”匹配多个音源，请指明是哪一个：{several}。</translation>
    </message>
    <message>
        <source>There is no audio source &apos;{key}&apos;; the sources are: {names}.</source>
        <translation>没有名为“{key}”的音源；可用的音源有：{names}。</translation>
    </message>
    <message>
        <source>Cannot read the audio file &apos;{path}&apos;: {reason}.</source>
        <translation>无法读取音频文件“{path}”：{reason}。</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it is truncated (shorter than its header says)</source>
        <translation>文件不完整（比文件头声明的短）</translation>
    </message>
    <message>
        <source>it is damaged or not in an audio format Captionist knows</source>
        <translation>文件已损坏，或不是 Captionist 支持的音频格式</translation>
    </message>
    <message>
        <source>it contains no audio</source>
        <translation>文件中没有音频</translation>
    </message>
    <message>
        <source>it looks truncated ({decoded_s:.1f} s of the {declared_s:.1f} s it declares)</source>
        <translation>文件似乎不完整（声明 {declared_s:.1f} 秒，实际 {decoded_s:.1f} 秒）</translation>
    </message>
    <message>
        <source>PortAudio is not installed, so no audio device can be used (install libportaudio2).</source>
        <translation>未安装 PortAudio，因此无法使用任何音频设备（请安装 libportaudio2）。</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped unexpectedly; it may have been unplugged or taken by another program.</source>
        <extracomment>Duration of one callback block; also the unit the queue bound is counted in.</extracomment>
        <translation>音频输入“{name}”意外停止；可能已被拔出，或被其他程序占用。</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; delivered no audio after it was opened.</source>
        <translation>音频输入“{name}”打开后没有传来任何音频。</translation>
    </message>
    <message>
        <source>The audio input &apos;{name}&apos; stopped delivering audio; it may have been unplugged or taken by another program.</source>
        <translation>音频输入“{name}”不再传来音频；可能已被拔出，或被其他程序占用。</translation>
    </message>
    <message>
        <source>There is no audio input device &apos;{device}&apos; ({reason}).</source>
        <translation>没有音频输入设备“{device}”（{reason}）。</translation>
    </message>
    <message>
        <source>Could not open the audio input &apos;{name}&apos;: {reason}.</source>
        <translation>无法打开音频输入“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>Capturing system audio needs the &apos;parec&apos; program (package pulseaudio-utils).</source>
        <translation>捕获系统音频需要“parec”程序（pulseaudio-utils 软件包）。</translation>
    </message>
    <message>
        <source>PulseAudio did not answer ({reason})</source>
        <translation>PulseAudio 没有响应（{reason}）</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: {reason}.</source>
        <translation>无法捕获“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>Cannot capture &apos;{name}&apos;: parec did not start ({reason}).</source>
        <translation>无法捕获“{name}”：parec 未能启动（{reason}）。</translation>
    </message>
    <message>
        <source>the sound server (PulseAudio) closed the connection</source>
        <translation>声音服务器（PulseAudio）关闭了连接</translation>
    </message>
    <message>
        <source>parec exited with code {code}</source>
        <translation>parec 已退出，代码为 {code}</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped: {reason}.</source>
        <translation>来自“{name}”的系统音频捕获已停止：{reason}。</translation>
    </message>
    <message>
        <source>Capturing system audio on Windows needs the PyAudioWPatch package.</source>
        <translation>在 Windows 上捕获系统音频需要 PyAudioWPatch 软件包。</translation>
    </message>
    <message>
        <source>Could not capture &apos;{name}&apos;: {reason}.</source>
        <translation>未能捕获“{name}”：{reason}。</translation>
    </message>
    <message>
        <source>System audio capture from &apos;{name}&apos; stopped unexpectedly.</source>
        <translation>来自“{name}”的系统音频捕获意外停止。</translation>
    </message>
    <message>
        <source>The settings were saved by a newer version of Captionist, so defaults are in use here; the file was kept as {backup}.</source>
        <translation>设置由较新版本的 Captionist 保存，因此此处使用默认值；原文件已保留为 {backup}。</translation>
    </message>
    <message>
        <source>The settings file could not be read ({reason}); defaults are in use. The old file was kept as {backup}.</source>
        <translation>无法读取设置文件（{reason}）；正在使用默认值。旧文件已保留为 {backup}。</translation>
    </message>
    <message>
        <source>Unknown language &apos;{code}&apos;. Use a Whisper language code such as en, de, es, zh (see &apos;captionist languages&apos;), or &apos;auto&apos; to detect it.</source>
        <translation>未知语言“{code}”。请使用 Whisper 语言代码，如 en、de、es、zh（参见“captionist languages”），或用“auto”自动检测。</translation>
    </message>
    <message>
        <source>Pick the language the session speaks.</source>
        <translation>请选择此会话所说的语言。</translation>
    </message>
    <message>
        <source>The language of a running session cannot change: stop the session, pick the language, and start it again.</source>
        <translation>正在运行的会话无法更改语言：请停止会话，选择语言，然后重新开始。</translation>
    </message>
    <message>
        <source>Session &apos;{name}&apos; is already running.</source>
        <translation>会话“{name}”已在运行。</translation>
    </message>
    <message>
        <source>Autosave failed: disk full — captions are kept in memory; export them before closing</source>
        <translation>自动保存失败：磁盘已满 — 字幕保留在内存中；请在关闭前导出</translation>
    </message>
    <message>
        <source>Autosave failed: {reason} — captions are kept in memory; export them before closing</source>
        <translation>自动保存失败：{reason} — 字幕保留在内存中；请在关闭前导出</translation>
    </message>
    <message>
        <source>The model in {path} is damaged: {problem}.</source>
        <translation>{path} 中的模型已损坏：{problem}。</translation>
    </message>
    <message>
        <source>Cannot use the model folder {path}: {problem}. It must hold a CTranslate2 conversion of Whisper (model.bin, config.json, tokenizer.json).</source>
        <translation>无法使用模型文件夹 {path}：{problem}。该文件夹必须包含 Whisper 的 CTranslate2 转换版本（model.bin、config.json、tokenizer.json）。</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; is not downloaded yet. Download it once with &apos;{command}&apos; (it then works offline), or use the embedded &apos;base&apos; model.</source>
        <translation>模型“{name}”尚未下载。请用“{command}”下载一次（之后可离线使用），或使用内置的“base”模型。</translation>
    </message>
    <message>
        <source>Unknown model &apos;{name}&apos;. Known models: {known}; or give a model folder.</source>
        <translation>未知模型“{name}”。已知模型：{known}；也可以指定模型文件夹。</translation>
    </message>
    <message>
        <source>This installation carries no speech sample to measure models with.</source>
        <translation>此安装未附带用于测量模型的语音样本。</translation>
    </message>
    <message>
        <source>Could not download &apos;{name}&apos; from the model hub at {where}: {reason}. Check the connection, or use the embedded &apos;base&apos; model, which works offline.</source>
        <translation>无法从模型中心 {where} 下载“{name}”：{reason}。请检查网络连接，或使用可离线工作的内置“base”模型。</translation>
    </message>
    <message>
        <source>The hub&apos;s copy of &apos;{name}&apos; ({repo}) has no model.bin.</source>
        <translation>模型中心上的“{name}”（{repo}）缺少 model.bin。</translation>
    </message>
    <message>
        <source>The embedded model package &apos;{package}&apos; is not installed. Reinstall Captionist (pip install --force-reinstall captionist).</source>
        <translation>内置模型软件包“{package}”未安装。请重新安装 Captionist（pip install --force-reinstall captionist）。</translation>
    </message>
    <message>
        <source>The embedded model package lacks {name}; reinstall Captionist.</source>
        <translation>内置模型软件包缺少 {name}；请重新安装 Captionist。</translation>
    </message>
    <message>
        <source>The embedded model part {name} is missing; reinstall Captionist.</source>
        <translation>缺少内置模型的部件 {name}；请重新安装 Captionist。</translation>
    </message>
    <message>
        <source>The embedded model parts join to {size} bytes with checksum {digest}…, not the expected model; reinstall Captionist.</source>
        <translation>内置模型的各部件合并后为 {size} 字节，校验和为 {digest}…，与预期的模型不符；请重新安装 Captionist。</translation>
    </message>
    <message>
        <source>The embedded model could not be loaded even after rebuilding it ({reason}). Reinstall Captionist.</source>
        <translation>即使重建后仍无法加载内置模型（{reason}）。请重新安装 Captionist。</translation>
    </message>
    <message>
        <source>The model &apos;{name}&apos; in {path} could not be loaded: {reason}. Check that the folder holds a complete CTranslate2 Whisper conversion.</source>
        <translation>无法加载 {path} 中的模型“{name}”：{reason}。请检查该文件夹是否包含完整的 Whisper CTranslate2 转换版本。</translation>
    </message>
    <message>
        <source>Choose a source: a microphone, system audio or a file.</source>
        <translation>请选择音源：麦克风、系统音频或文件。</translation>
    </message>
    <message>
        <source>install the CUDA 12 runtime with: pip install &quot;captionist[cuda]&quot;</source>
        <translation>请安装 CUDA 12 运行时：pip install &quot;captionist[cuda]&quot;</translation>
    </message>
    <message>
        <source>{reason} — using the CPU</source>
        <translation>{reason} — 改用 CPU</translation>
    </message>
    <message>
        <source>CUDA GPU found but {library} could not be loaded; {hint}</source>
        <translation>找到 CUDA GPU，但无法加载 {library}；{hint}</translation>
    </message>
    <message>
        <source>CUDA GPU found but its NVIDIA driver is older than CTranslate2&apos;s CUDA 12 runtime needs; update the NVIDIA driver</source>
        <translation>找到 CUDA GPU，但其 NVIDIA 驱动程序版本低于 CTranslate2 的 CUDA 12 运行时的要求；请更新 NVIDIA 驱动程序</translation>
    </message>
    <message>
        <source>CUDA GPU found but the model could not run on it ({error})</source>
        <translation>找到 CUDA GPU，但模型无法在其上运行（{error}）</translation>
    </message>
    <message>
        <source>No CUDA GPU found (CTranslate2 sees none)</source>
        <translation>未找到 CUDA GPU（CTranslate2 未检测到）</translation>
    </message>
    <message>
        <source>CUDA could not be checked: {error}</source>
        <translation>无法检查 CUDA：{error}</translation>
    </message>
    <message>
        <source>{reason} — choose the CPU instead.</source>
        <translation>{reason} — 请改选 CPU。</translation>
    </message>
    <message>
        <source>Cannot save the transcript to {path}: {reason}.</source>
        <translation>无法将文字记录保存到 {path}：{reason}。</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New session</source>
        <translation>新建会话(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Start or stop</source>
        <translation>开始或停止(&amp;S)</translation>
    </message>
    <message>
        <source>Start a&amp;ll</source>
        <translation>全部开始(&amp;L)</translation>
    </message>
    <message>
        <source>Stop &amp;all</source>
        <translation>全部停止(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Close session</source>
        <translation>关闭会话(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Export transcript…</source>
        <translation>导出文字记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;meeting…</source>
        <translation>导出会议(&amp;M)…</translation>
    </message>
    <message>
        <source>Saved &amp;transcripts…</source>
        <translation>已保存的文字记录(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find in captions…</source>
        <translation>在字幕中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Refresh &amp;sources</source>
        <translation>刷新音源(&amp;S)</translation>
    </message>
    <message>
        <source>Show &amp;timestamps</source>
        <translation>显示时间戳(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Larger captions</source>
        <translation>放大字幕(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller captions</source>
        <translation>缩小字幕(&amp;M)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;overlay</source>
        <translation>显示悬浮字幕(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Click-through</source>
        <translation>点击穿透(&amp;C)</translation>
    </message>
    <message>
        <source>Snap to the &amp;top</source>
        <translation>吸附到顶部(&amp;T)</translation>
    </message>
    <message>
        <source>Snap to the &amp;bottom</source>
        <translation>吸附到底部(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Appearance…</source>
        <translation>外观(&amp;A)…</translation>
    </message>
    <message>
        <source>Show session names</source>
        <translation>显示会话名称</translation>
    </message>
    <message>
        <source>Clear captions</source>
        <translation>清除字幕</translation>
    </message>
    <message>
        <source>Hide overlay</source>
        <translation>隐藏悬浮字幕</translation>
    </message>
    <message>
        <source>Open Captionist</source>
        <translation>打开 Captionist</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>主题(&amp;H)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>语言(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Overlay</source>
        <translation>悬浮字幕(&amp;O)</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Captionist: unexpected error</source>
        <translation>Captionist：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Captions so far are saved. Details are in the log:
{log}</source>
        <translation>出现问题：{error}

目前为止的字幕已保存。详细信息见日志：
{log}</translation>
    </message>
</context>
<context>
    <name>CaptionOverlay</name>
    <message>
        <source>Captions appear here</source>
        <translation>字幕将显示在这里</translation>
    </message>
    <message>
        <source>Captions appear here when a session runs</source>
        <translation>会话运行时，字幕将显示在这里</translation>
    </message>
    <message>
        <source>Captionist captions</source>
        <extracomment>Position, size or appearance changed and should be saved: (). Click-through was switched on or off, from any place: (bool). The overlay was shown or hidden by the user: (bool). The user asked for the appearance dialog from the overlay&apos;s menu: ().</extracomment>
        <translation>Captionist 字幕</translation>
    </message>
    <message>
        <source>Captions overlay</source>
        <translation>悬浮字幕</translation>
    </message>
    <message>
        <source>The latest captions of every session</source>
        <translation>每个会话的最新字幕</translation>
    </message>
    <message>
        <source>click-through · {key}</source>
        <translation>点击穿透 · {key}</translation>
    </message>
    <message>
        <source>Click-through is on</source>
        <translation>点击穿透已开启</translation>
    </message>
</context>
<context>
    <name>CaptionView</name>
    <message>
        <source>Press Start to caption this session. Captions appear here as people speak.</source>
        <translation>按“开始”为此会话生成字幕。有人说话时，字幕会显示在这里。</translation>
    </message>
    <message>
        <source>Find in captions</source>
        <translation>在字幕中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>上一个匹配项（Shift+Enter、Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>下一个匹配项（Enter、F3）</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>关闭（Esc）</translation>
    </message>
    <message>
        <source>Captions</source>
        <extracomment>A new final caption was announced to screen readers: (the words announced).</extracomment>
        <translation>字幕</translation>
    </message>
    <message>
        <source>Each new caption is read out once it is final; earlier ones stay here.</source>
        <translation>每条新字幕定稿后会被朗读；之前的字幕保留在这里。</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>全部复制(&amp;A)</translation>
    </message>
    <message>
        <source>{name}: {words}</source>
        <translation>{name}：{words}</translation>
    </message>
    <message>
        <source>— {name} restarted at {time} —</source>
        <translation>— {name} 于 {time} 重新开始 —</translation>
    </message>
    <message>
        <source>— Restarted at {time} —</source>
        <translation>— 于 {time} 重新开始 —</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <translation>第 {current} 个，共 {total} 个</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配项</translation>
    </message>
</context>
<context>
    <name>EchoGuard</name>
    <message>
        <source>Echo guard unavailable: {error}</source>
        <translation>回声防护不可用：{error}</translation>
    </message>
    <message>
        <source>Echo guard off: what the speakers play is captioned here too.</source>
        <translation>回声防护已关闭：扬声器播放的内容也会在这里生成字幕。</translation>
    </message>
    <message>
        <source>Echo guard on, idle: no system-audio session is running to ignore.</source>
        <translation>回声防护已开启，空闲：没有正在运行的系统音频会话可供忽略。</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (silent now).</source>
        <translation>回声防护已开启：正在忽略 {name} 播放的内容（当前无声）。</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB).</source>
        <translation>回声防护已开启：正在忽略 {name} 播放的内容（消除 {db} dB）。</translation>
    </message>
    <message>
        <source>Echo guard on: ignoring what {name} plays (removing {db} dB, {ms} ms behind).</source>
        <translation>回声防护已开启：正在忽略 {name} 播放的内容（消除 {db} dB，延迟 {ms} 毫秒）。</translation>
    </message>
</context>
<context>
    <name>Exporting</name>
    <message>
        <source>Export transcript</source>
        <translation>导出文字记录</translation>
    </message>
    <message>
        <source>Export meeting</source>
        <translation>导出会议</translation>
    </message>
    <message>
        <source>Saving the transcript to {name}…</source>
        <translation>正在将文字记录保存到 {name}…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>The transcript could not be saved; the log says why.</source>
        <translation>无法保存文字记录；原因见日志。</translation>
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
        <translation>文本 (*.txt)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in captions</source>
        <translation>在字幕中查找</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>匹配项</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Reading saved transcripts…</source>
        <translation>正在读取已保存的文字记录…</translation>
    </message>
    <message>
        <source>Recording now</source>
        <translation>正在记录</translation>
    </message>
    <message>
        <source>Recovered after a crash</source>
        <translation>崩溃后恢复</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Saved transcripts</source>
        <extracomment>The saved transcripts have been read and listed: (how many).</extracomment>
        <translation>已保存的文字记录</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Sentences</source>
        <translation>句数</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The saved transcripts could not be read; the log says why.</source>
        <translation>无法读取已保存的文字记录；原因见日志。</translation>
    </message>
    <message>
        <source>A session that is recording now cannot be deleted.</source>
        <translation>无法删除正在记录的会话。</translation>
    </message>
    <message>
        <source>{question} This cannot be undone.</source>
        <translation>{question} 此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete transcripts</source>
        <translation>删除文字记录</translation>
    </message>
    <message numerus="yes">
        <source>%n sentence(s)</source>
        <translation>
            <numerusform>%n 句</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the transcript of “{name}” ({when}, {count})?</source>
        <translation>删除“{name}”的文字记录（{when}，{count}）？</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n transcript(s) ({names}; {count} in all)?</source>
        <translation>
            <numerusform>删除 %n 份文字记录（{names}；共 {count}）？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>silence</source>
        <translation>静音</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>音量</translation>
    </message>
    <message>
        <source>Input level</source>
        <translation>输入音量</translation>
    </message>
    <message>
        <source>How loud this session&apos;s source is, from -60 dB to 0 dB</source>
        <translation>此会话音源的响度，范围为 -60 dB 到 0 dB</translation>
    </message>
    <message>
        <source>Speech heard</source>
        <translation>检测到语音</translation>
    </message>
    <message>
        <source>speech</source>
        <translation>语音</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Checking for transcripts a crash left…</source>
        <translation>正在检查崩溃后遗留的文字记录…</translation>
    </message>
    <message>
        <source>New session</source>
        <extracomment>Every caption, for other views such as the overlay: (CaptionEvent, session name). The start-up scan for what a crash left is done: (the HistoryDialog offering it, or None when there was nothing).</extracomment>
        <translation>新建会话</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>菜单栏</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>Wayland does not let apps keep a window on top: the overlay is a normal window here. Use your desktop&apos;s &quot;Always on top&quot; window menu to pin it.</source>
        <translation>Wayland 不允许应用让窗口保持置顶：此处悬浮字幕是普通窗口。请使用桌面窗口菜单中的“总在最前”将其固定。</translation>
    </message>
    <message>
        <source>The new language applies the next time Captionist starts; running sessions go on undisturbed.</source>
        <translation>新语言将在下次启动 Captionist 时生效；正在运行的会话不受影响。</translation>
    </message>
    <message>
        <source>Session {number}</source>
        <translation>会话 {number}</translation>
    </message>
    <message>
        <source>Measuring how many live sessions this model keeps up with…</source>
        <translation>正在测量此模型能跟上多少个实时会话…</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Every session at once</source>
        <translation>同时显示所有会话</translation>
    </message>
    <message>
        <source>Stop and close “{name}”? Its captions are saved in Saved transcripts.</source>
        <translation>停止并关闭“{name}”？其字幕已保存在“已保存的文字记录”中。</translation>
    </message>
    <message>
        <source>Close session</source>
        <translation>关闭会话</translation>
    </message>
    <message>
        <source>Captions not saved</source>
        <translation>字幕未保存</translation>
    </message>
    <message>
        <source>The transcript of {names} could not be autosaved ({reason}).

Export it first with {export}, or close and lose the captions that were not saved?</source>
        <translation>{names} 的文字记录无法自动保存（{reason}）。

要先用 {export} 导出，还是关闭并丢失未保存的字幕？</translation>
    </message>
    <message>
        <source>Autosave works again.</source>
        <translation>自动保存已恢复正常。</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
    <message>
        <source>{name}: listening. {fallback}</source>
        <translation>{name}：正在聆听。{fallback}</translation>
    </message>
    <message>
        <source>{name} stopped. Its transcript is kept in {history}.</source>
        <translation>{name} 已停止。其文字记录保存在 {history} 中。</translation>
    </message>
    <message>
        <source>Rename session</source>
        <translation>重命名会话</translation>
    </message>
    <message>
        <source>New name for “{name}”:</source>
        <translation>“{name}”的新名称：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Nothing has been captioned yet.</source>
        <translation>尚未生成任何字幕。</translation>
    </message>
    <message>
        <source>Exported to {path}</source>
        <translation>已导出到 {path}</translation>
    </message>
    <message numerus="yes">
        <source>Captionist did not close properly last time. {count} captions from %n session(s) were saved as they were spoken and are listed below: select them to export, or delete them.</source>
        <translation>
            <numerusform>Captionist 上次未正常关闭。来自 %n 个会话的 {count} 条字幕已在说话时保存，列在下方：选中它们以导出，或将其删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finishing: captioning the last words, then closing…</source>
        <translation>正在收尾：为最后的话语生成字幕，然后关闭…</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Loading the speech model… Captions appear here as soon as someone speaks.</source>
        <translation>正在加载语音模型… 有人说话时，字幕会立即显示在这里。</translation>
    </message>
    <message>
        <source>Listening. Captions appear here as soon as someone speaks.</source>
        <translation>正在聆听。有人说话时，字幕会立即显示在这里。</translation>
    </message>
    <message>
        <source>Captioning stopped with an error: its message is in the session&apos;s tab, with Retry.</source>
        <translation>字幕生成因错误而停止：错误信息显示在该会话的标签页中，可点击“重试”。</translation>
    </message>
    <message>
        <source>Press Start in the {name} tab to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>在“{name}”标签页中按“开始”为此会话生成字幕。

选择麦克风为自己生成字幕，或选择“系统音频”为通话中的其他人生成字幕。</translation>
    </message>
    <message>
        <source>Press Start to caption this session.

Pick your microphone to caption yourself, or System audio to caption the other people in a call.</source>
        <translation>按“开始”为此会话生成字幕。

选择麦克风为自己生成字幕，或选择“系统音频”为通话中的其他人生成字幕。</translation>
    </message>
    <message>
        <source>Every session&apos;s captions appear here in the order they were said, each labelled with its session.

Press Start all to begin.</source>
        <extracomment>The user chose how sessions are laid out: (``&quot;columns&quot;`` or ``&quot;stream&quot;``). The user pressed Start all: (). The user pressed Stop all: ().</extracomment>
        <translation>所有会话的字幕按说话顺序显示在这里，并标明所属会话。

按“全部开始”即可开始。</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>并排</translation>
    </message>
    <message>
        <source>A column for each session</source>
        <translation>每个会话一列</translation>
    </message>
    <message>
        <source>One stream</source>
        <translation>单一流</translation>
    </message>
    <message>
        <source>All sessions in one transcript, in the order they spoke</source>
        <translation>所有会话合成一份文字记录，按发言顺序排列</translation>
    </message>
    <message>
        <source>Start all</source>
        <translation>全部开始</translation>
    </message>
    <message>
        <source>Stop all</source>
        <translation>全部停止</translation>
    </message>
    <message>
        <source>{name}: {state} · new captions</source>
        <translation>{name}：{state} · 新字幕</translation>
    </message>
    <message>
        <source>{name}: {state}</source>
        <translation>{name}：{state}</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>downloaded</source>
        <translation>已下载</translation>
    </message>
    <message>
        <source>not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <source>English only</source>
        <translation>仅英语</translation>
    </message>
    <message>
        <source>Base (built in, multilingual, offline)</source>
        <translation>Base（内置、多语言、离线）</translation>
    </message>
    <message>
        <source>{name} (folder)</source>
        <translation>{name}（文件夹）</translation>
    </message>
</context>
<context>
    <name>ModelCost</name>
    <message>
        <source>The model {model} is too slow here to caption live ({rtf} s of decoding per second of speech): captions would fall further and further behind; choose a smaller model.</source>
        <translation>模型 {model} 在此处过慢，无法实时生成字幕（每秒语音需解码 {rtf} 秒）：字幕会越来越滞后，请选择更小的模型。</translation>
    </message>
    <message>
        <source>Live sessions this model keeps up with here: about {count}.</source>
        <translation>此模型在此处可跟上的实时会话数：约 {count} 个。</translation>
    </message>
</context>
<context>
    <name>OverlayAppearanceDialog</name>
    <message>
        <source>Overlay appearance</source>
        <translation>悬浮字幕外观</translation>
    </message>
    <message>
        <source>All running sessions</source>
        <translation>所有正在运行的会话</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>OverlayPrefs</name>
    <message>
        <source>Show the overlay</source>
        <translation>显示悬浮字幕</translation>
    </message>
    <message>
        <source>Let clicks pass through to the window below</source>
        <translation>让点击穿透到下方窗口</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Name the session on each line when several run</source>
        <translation>多个会话运行时，在每行标明会话名称</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Background opacity</source>
        <translation>背景不透明度</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Maximum width</source>
        <translation>最大宽度</translation>
    </message>
    <message>
        <source>Hide after silence</source>
        <translation>静音后隐藏</translation>
    </message>
    <message>
        <source>Snap to</source>
        <translation>吸附到</translation>
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
        <translation>正在加载模型 {name}…</translation>
    </message>
    <message>
        <source>Error: {reason}</source>
        <translation>错误：{reason}</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Loading model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>正在聆听</translation>
    </message>
    <message>
        <source>Falling behind</source>
        <translation>处理滞后</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>正在收尾…</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Falling behind: captions are delayed.</source>
        <translation>处理滞后：字幕有延迟。</translation>
    </message>
</context>
<context>
    <name>SessionTab</name>
    <message>
        <source>System audio: install BlackHole (brew install blackhole-2ch), see README</source>
        <translation>系统音频：请安装 BlackHole（brew install blackhole-2ch），参见 README</translation>
    </message>
    <message>
        <source>Looking for sources…</source>
        <translation>正在查找音源…</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>文件：{path}</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <extracomment>The list is about to open, a good moment to look for new devices: (). Where each language row keeps what typing searches (``LanguageChoice.search_text``).</extracomment>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Search the languages</source>
        <translation>搜索语言</translation>
    </message>
    <message>
        <source>Translate into English</source>
        <extracomment>The user pressed Start (or Retry): (session id). The user pressed Stop: (session id). The user corrected the running session&apos;s language: (session id, language code). The user picked a model: (session id, model name). The user turned the echo guard on or off, or picked another source (the window pairs microphones with system audio again): (session id). What the session is doing, as the status line says it.</extracomment>
        <translation>翻译成英语</translation>
    </message>
    <message>
        <source>Play the file in real time</source>
        <translation>按实时速度播放文件</translation>
    </message>
    <message>
        <source>Off: the file is transcribed as fast as it can be, at its best quality.
On: it is captioned as it plays, the way a live speaker would be.</source>
        <translation>关闭：尽可能快地转写文件，质量最佳。
开启：边播放边生成字幕，就像实时讲话一样。</translation>
    </message>
    <message>
        <source>Ignore what the speakers play</source>
        <translation>忽略扬声器播放的声音</translation>
    </message>
    <message>
        <source>On: the voices of a call that this microphone hears from the speakers are removed, so they are captioned once, under the system-audio session.</source>
        <translation>开启：移除此麦克风从扬声器听到的通话声音，使其只在系统音频会话中生成一次字幕。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>音源</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>not right?</source>
        <translation>不对？</translation>
    </message>
    <message>
        <source>Pick the language this session speaks</source>
        <translation>选择此会话所说的语言</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Where this session&apos;s sound comes from</source>
        <translation>此会话声音的来源</translation>
    </message>
    <message>
        <source>The language spoken; type a name in any language, or a code</source>
        <translation>所说的语言；可输入任意语言的名称或语言代码</translation>
    </message>
    <message>
        <source>The speech model that writes the captions</source>
        <translation>生成字幕的语音模型</translation>
    </message>
    <message>
        <source>Captions in English, whatever is spoken</source>
        <translation>无论说什么语言，都以英语显示字幕</translation>
    </message>
    <message>
        <source>Start or stop captioning this session</source>
        <translation>开始或停止为此会话生成字幕</translation>
    </message>
    <message>
        <source>Correct the language</source>
        <translation>更正语言</translation>
    </message>
    <message>
        <source>Start this session again</source>
        <translation>重新开始此会话</translation>
    </message>
    <message>
        <source>Audio file…</source>
        <translation>音频文件…</translation>
    </message>
    <message>
        <source>Ignore what {name} plays</source>
        <translation>忽略 {name} 播放的声音</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Detecting language…</source>
        <translation>正在检测语言…</translation>
    </message>
    <message>
        <source>pick it</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>Detected {language} —</source>
        <translation>检测到 {language} —</translation>
    </message>
    <message>
        <source>{percent} sure, from the first speech</source>
        <translation>根据最初的语音，把握度 {percent}</translation>
    </message>
    <message>
        <source>{language} (your choice) —</source>
        <translation>{language}（您的选择）—</translation>
    </message>
    <message>
        <source>Caption an audio file</source>
        <translation>为音频文件生成字幕</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.mp3 *.ogg *.m4a);;All (*)</source>
        <translation>音频 (*.wav *.flac *.mp3 *.ogg *.m4a);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Captionist ({settings} on)</source>
        <translation>Captionist（{settings} 已开启）</translation>
    </message>
</context>
</TS>
