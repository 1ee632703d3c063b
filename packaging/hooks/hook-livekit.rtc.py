"""livekit.rtc loads its native library (liblivekit_ffi.so / .dylib / livekit_ffi.dll)
from the package ``livekit.rtc.resources`` through importlib.resources, which import
analysis cannot see: collect the library and keep that package importable."""

from PyInstaller.utils.hooks import collect_dynamic_libs

binaries = collect_dynamic_libs("livekit.rtc")
hiddenimports = ["livekit.rtc.resources"]
