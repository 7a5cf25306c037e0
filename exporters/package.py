"""The package's inner ZIP (SPEC §2): ``manifest.json`` plus the listed files, each hashed.

Reading is defensive because the ZIP comes from outside: only the known file names, no folders,
no ``..`` or absolute paths, no duplicates, bounded sizes and compression ratios, and every file's
SHA-256 must match the manifest. The caller verifies the signature *before* calling :func:`read`, then the signer's identity, then
:func:`verify_hashes`.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from dataclasses import dataclass
from typing import Any

from exporters.cms import CheckFailed

FORMAT = "creditledger-package/1"
CONTENT_FILES = ("data.json", "annex1.xlsx", "annex3.xlsx", "annex4.xlsx", "cover.pdf")
MANIFEST = "manifest.json"
MAX_FILE = 64 * 1024 * 1024
MAX_TOTAL = 256 * 1024 * 1024
MAX_RATIO = 200
_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Contents:
    manifest: dict[str, Any]
    files: dict[str, bytes]

    def json(self, name: str) -> Any:
        return json.loads(self.files[name].decode("utf-8"))


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def build(manifest: dict[str, Any], files: dict[str, bytes]) -> bytes:
    """The ZIP: manifest first (with the hash of every file), entries in a fixed order and time."""
    unknown = set(files) - set(CONTENT_FILES)
    if unknown:
        raise ValueError(f"unexpected package files: {sorted(unknown)}")
    body = {
        **manifest,
        "format": FORMAT,
        "files": {name: sha256(files[name]) for name in CONTENT_FILES if name in files},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        entries = [(MANIFEST, json.dumps(body, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8"))]
        entries += [(name, files[name]) for name in CONTENT_FILES if name in files]
        for name, data in entries:
            info = zipfile.ZipInfo(name, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()


def read(payload: bytes) -> Contents:
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
    except zipfile.BadZipFile as exc:
        raise CheckFailed("zip", "签名内容不是有效的 ZIP 文件。") from exc
    with archive:
        infos = archive.infolist()
        names = [i.filename for i in infos]
        allowed = {MANIFEST, *CONTENT_FILES}
        for info in infos:
            name = info.filename
            if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/") or ":" in name:
                raise CheckFailed("zip", f"报送包中有不安全的文件路径“{name}”，已拒收。")
            if name not in allowed:
                raise CheckFailed("zip", f"报送包中有不应出现的文件“{name}”。")
            if info.file_size > MAX_FILE or (
                info.compress_size and info.file_size / info.compress_size > MAX_RATIO
            ):
                raise CheckFailed("zip", f"报送包中的“{name}”大小或压缩比异常（疑似压缩炸弹），已拒收。")
        if len(names) != len(set(names)):
            raise CheckFailed("zip", "报送包中有重名文件。")
        if sum(i.file_size for i in infos) > MAX_TOTAL:
            raise CheckFailed("zip", "报送包解压后过大，已拒收。")
        if MANIFEST not in names:
            raise CheckFailed("zip", "报送包中缺少 manifest.json。")
        if any(info.flag_bits & 0x1 for info in infos):
            raise CheckFailed("zip", "报送包中有加密的 ZIP 条目，已拒收。")
        try:
            files = {info.filename: _read_bounded(archive, info) for info in infos}
        except (
            zipfile.BadZipFile,
            zlib.error,
            EOFError,
            RuntimeError,
            NotImplementedError,
            ValueError,
        ) as exc:
            raise CheckFailed("zip", f"报送包中的文件无法解压（{exc}），已拒收。") from exc
    try:
        manifest = json.loads(files.pop(MANIFEST).decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise CheckFailed("schema", "manifest.json 不是有效的 JSON。") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise CheckFailed("schema", f"清单格式不是“{FORMAT}”，本程序无法读取。")
    return Contents(manifest, files)


def verify_hashes(contents: Contents) -> None:
    """Every file is listed in the manifest with its SHA-256, and nothing else is there."""
    listed = contents.manifest.get("files")
    if not isinstance(listed, dict) or set(listed) != set(contents.files):
        raise CheckFailed("hashes", "清单所列文件与报送包中的文件不一致。")
    for name, data in contents.files.items():
        if listed[name] != sha256(data):
            raise CheckFailed("hashes", f"文件“{name}”的摘要与清单不符：内容被改动。")


def _read_bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """Read an entry, never more than its declared size (a lying header cannot inflate memory)."""
    chunks, total = [], 0
    with archive.open(info) as fh:
        while chunk := fh.read(1 << 20):
            total += len(chunk)
            if total > info.file_size or total > MAX_FILE:
                raise CheckFailed("zip", f"报送包中的“{info.filename}”实际大小超过声明，已拒收。")
            chunks.append(chunk)
    return b"".join(chunks)
