"""webrtcvad comes from the ``webrtcvad-wheels`` distribution, not ``webrtcvad``.

The contributed hook copies the metadata of ``webrtcvad``, which is not installed, and
stops the build; the module reads its version from ``webrtcvad-wheels``' metadata.
"""

from PyInstaller.utils.hooks import copy_metadata

datas = copy_metadata("webrtcvad-wheels")
