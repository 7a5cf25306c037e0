"""The ministry's intake refuses every tampered, misdirected or forged package (SPEC §2).

Each case is crafted with the real components (``exporters.cms``, ``exporters.package``,
``exporters.pki``, the ministry's and provinces' real keys from their encrypted key files) and fed
to ``import_package``: it must be refused at the right check, with a Chinese reason, and leave
nothing behind — no rows in the intake tables, no file in the archive or receipts folders.

The cases that must store nothing share one ministry and two provinces per module (built once,
keys copied into each test's in-memory keyring); the cases that change state (replay, revisions,
revocation) get their own ``world``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import io
import json
import re
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from asn1crypto import cms as asn1_cms
from asn1crypto import core as asn1_core
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from sqlalchemy import text

from desktop.context import AppContext, open_context
from desktop.services import pki as pki_service
from desktop.services.package_intake import CHECKS, IntakeResult, import_package, inspect
from desktop.services.setup import initialize
from exporters import package, pki
from exporters.cms import IntlSuite, SignedContent
from models.enums import Edition
from tests.conftest import MemoryKeyring
from tests.pkiworld import World

SUITE = IntlSuite()
LABELS = dict(CHECKS)
TABLES = (
    "listing_item",
    "package_revision",
    "package_item",
    "receipt",
    "mail_message",
    "subject",
    "transition",
    "liaison_contact",
)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_EPOCH = (1980, 1, 1, 0, 0, 0)


# ----------------------------------------------------------------------------- helpers (shared)

Signer = tuple[pki.PrivateKey, x509.Certificate]


def snapshot(ctx: AppContext) -> dict[str, Any]:
    """Row counts of the intake tables and the files under archive/ and receipts/."""
    with ctx.uow() as uow:
        rows = {t: uow.session.execute(text(f"SELECT COUNT(*) FROM {t}")).scalar_one() for t in TABLES}
    files = sorted(
        str(p.relative_to(ctx.home))
        for folder in ("archive", "receipts")
        for p in (ctx.home / folder).rglob("*")
        if p.is_file()
    )
    return {"rows": rows, "files": files}


@dataclasses.dataclass(frozen=True)
class Keys:
    """The real keys of a world, read once from their encrypted key files."""

    root: Signer
    enc: Signer
    units: dict[str, Signer]

    @property
    def recipient(self) -> x509.Certificate:
        return self.enc[1]


def stored_pair(ctx: AppContext, name: str) -> Signer:
    stored = pki_service.keystore(ctx).load(name)
    assert stored.cert is not None
    return stored.key, stored.cert


def keys_of(world: World) -> Keys:
    return Keys(
        root=stored_pair(world.ministry, pki_service.KEY_ROOT),
        enc=stored_pair(world.ministry, pki_service.KEY_ENC),
        units={code: pki_service.signing_key(ctx) for code, ctx in world.provinces.items()},
    )


def unseal(data: bytes, enc: Signer) -> bytes:
    """The inner SignedData of a package, decrypted with the ministry's encryption key."""
    return SUITE.decrypt(data, enc[1], enc[0])


def opened(data: bytes, enc: Signer) -> tuple[SignedContent, package.Contents]:
    signed = SUITE.read_signed(unseal(data, enc))
    return signed, package.read(signed.payload)


def seal(payload: bytes, signer: Signer, recipient: x509.Certificate) -> bytes:
    """Sign ``payload`` as ``signer`` (attached, SHA-256) and envelope it to ``recipient``."""
    return SUITE.envelope(SUITE.sign(payload, signer[1], signer[0]), recipient)


def rebuilt(
    contents: package.Contents,
    *,
    manifest: dict[str, Any] | None = None,
    files: dict[str, bytes] | None = None,
) -> bytes:
    """The package ZIP again via ``package.build`` (manifest hashes recomputed), with changes."""
    return package.build({**contents.manifest, **(manifest or {})}, {**contents.files, **(files or {})})


def raw_entries(zip_bytes: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(zip_bytes)) as archive:
        return {i.filename: archive.read(i) for i in archive.infolist()}


def raw_zip(entries: list[tuple[str, bytes]]) -> bytes:
    """A ZIP written by hand: names exactly as given (no sanitising), deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, _EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def flip(data: bytes, index: int, mask: int = 0x01) -> bytes:
    out = bytearray(data)
    out[index] ^= mask
    return bytes(out)


def assert_refused(
    world: World, data: bytes, name: str, checks: tuple[str, ...], *words: str
) -> IntakeResult:
    """Refused at one of ``checks``, with a Chinese reason naming ``words``, and nothing stored."""
    before = snapshot(world.ministry)
    result = import_package(world.ministry, data, name)
    assert result.status == "refused", result.message
    failure = result.inspection.failure
    assert failure is not None, result.message
    assert failure.check in checks, f"{failure.check}: {failure.detail}"
    assert failure.label == LABELS[failure.check], f"label {failure.label!r} is not the check's Chinese label"
    assert _CJK.search(failure.detail), failure.detail
    assert result.message.startswith(failure.label)
    for word in words:
        assert word in result.message, result.message
    assert all(c.ok for c in result.inspection.checks[:-1])
    assert snapshot(world.ministry) == before
    return result


# ----------------------------------------------------------------------------- shared world


@dataclasses.dataclass
class Sealed:
    world: World
    secrets: dict[tuple[str, str], str]
    keys: Keys
    exported: bytes
    name: str
    inner: bytes
    signed: SignedContent
    contents: package.Contents
    fake_root: Signer

    def seal(self, payload: bytes, signer: Signer | None = None) -> bytes:
        return seal(payload, signer or self.keys.units["P14"], self.keys.recipient)

    def reenvelope(self, inner: bytes) -> bytes:
        return SUITE.envelope(inner, self.keys.recipient)


def build_world(root: Path) -> World:
    """What the ``world`` fixture builds: a ministry with its CA, provinces P14 and C14."""
    home = root / "ministry"
    initialize(home, Edition.MINISTRY, "HQ-BGT")
    ministry = open_context(home)
    pki_service.init_ministry(ministry)
    world = World(root, ministry)
    world.add_province("P14")
    world.add_province("C14")
    return world


@contextlib.contextmanager
def module_world(root: Path) -> Iterator[tuple[World, dict[tuple[str, str], str]]]:
    """A world for a whole module, built under its own in-memory keyring; yields the world and
    that keyring's entries (hand them to each test with :func:`shared_keyring`)."""
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        with pytest.MonkeyPatch.context() as mp:
            for variable in ("CREDITLEDGER_HOME", "CREDITLEDGER_PASSPHRASE_FILE"):
                mp.delenv(variable, raising=False)
            mp.setenv("CREDITLEDGER_USER", "tester")
            world = build_world(root)
            try:
                yield world, backend.store
            finally:
                for ctx in (world.ministry, *world.provinces.values()):
                    ctx.close()
    finally:
        keyring.set_keyring(previous)


@contextlib.contextmanager
def shared_keyring(secrets: dict[tuple[str, str], str]) -> Iterator[None]:
    """Within a test: the module world's keyring entries in the test's keyring, and back."""
    backend = keyring.get_keyring()
    assert isinstance(backend, MemoryKeyring)
    backend.store.update(secrets)
    yield
    secrets.update(backend.store)


@pytest.fixture(scope="module")
def shared_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sealed]:
    with module_world(tmp_path_factory.mktemp("sealed")) as (world, secrets):
        world.fill("P14", 3)
        exported = world.export("P14")
        keys = keys_of(world)
        data = exported.path.read_bytes()
        inner = unseal(data, keys.enc)
        signed = SUITE.read_signed(inner)
        yield Sealed(
            world,
            secrets,
            keys,
            data,
            exported.path.name,
            inner,
            signed,
            package.read(signed.payload),
            pki.create_root(pki.common_name(keys.root[1])),
        )


@pytest.fixture
def sealed(shared_world: Sealed) -> Iterator[Sealed]:
    """The shared world, its key passphrases in this test's keyring."""
    with shared_keyring(shared_world.secrets):
        yield shared_world


# ----------------------------------------------------------------------------- the genuine package


def test_the_genuine_package_passes_every_check(sealed: Sealed) -> None:
    """The baseline the tampered cases start from: inspected without being stored."""
    before = snapshot(sealed.world.ministry)
    found = inspect(sealed.world.ministry, sealed.exported, sealed.name)
    assert found.ok, found.failure
    assert [c.check for c in found.checks] == [c for c, _ in CHECKS]
    assert snapshot(sealed.world.ministry) == before


# ----------------------------------------------------------------------------- bytes flipped


def test_flipped_byte_in_the_ciphertext_is_refused(sealed: Sealed) -> None:
    """AES-CBC has no integrity: the damage decrypts "successfully"; the signature catches it."""
    data = flip(sealed.exported, len(sealed.exported) // 2)
    assert_refused(sealed.world, data, sealed.name, ("decrypt", "signature"))


def test_flipped_byte_in_the_last_cipher_block_is_refused(sealed: Sealed) -> None:
    data = flip(sealed.exported, len(sealed.exported) - 20)
    assert_refused(sealed.world, data, sealed.name, ("decrypt", "signature"))


def test_flipped_byte_in_the_signed_content_is_refused(sealed: Sealed) -> None:
    payload = sealed.signed.payload
    start = sealed.inner.find(payload)
    assert start > 0
    tampered = flip(sealed.inner, start + len(payload) // 2)
    assert_refused(sealed.world, sealed.reenvelope(tampered), sealed.name, ("signature",), "摘要")


def test_flipped_byte_in_the_signature_value_is_refused(sealed: Sealed) -> None:
    info = asn1_cms.ContentInfo.load(sealed.inner)
    signature = info["content"]["signer_infos"][0]["signature"].native
    at = sealed.inner.find(signature)
    assert at > 0
    assert sealed.inner.find(signature, at + 1) == -1
    tampered = flip(sealed.inner, at + len(signature) - 1)
    assert_refused(sealed.world, sealed.reenvelope(tampered), sealed.name, ("signature",), "签名值无效")


def _in_key_algorithm(der: bytes, cert: x509.Certificate) -> int:
    oid = bytes.fromhex("06072a8648ce3d0201")  # id-ecPublicKey, only in SubjectPublicKeyInfo
    at = der.find(oid)
    assert at > 0
    return at + len(oid) - 1  # 1.2.840.10045.2.1 becomes 1.2.840.10045.2.0


def _in_subject_tag(der: bytes, cert: x509.Certificate) -> int:
    encoded = asn1_core.UTF8String(pki.common_name(cert)).dump()
    at = der.find(encoded)  # the issuer (the root) has another common name
    assert at > 0
    return at  # the tag: UTF8String becomes RELATIVE-OID, the subject no longer parses


def _in_version(der: bytes, cert: x509.Certificate) -> int:
    at = der.find(bytes.fromhex("a003020102"))  # tbsCertificate.version = v3 (2)
    assert 0 < at < 16
    return at + 4  # v3 becomes "version 4", which does not exist


@pytest.mark.parametrize(
    "where",
    [_in_key_algorithm, _in_subject_tag, _in_version],
    ids=["public-key-algorithm", "subject-attribute-tag", "version"],
)
def test_flipped_byte_in_the_embedded_certificate_is_refused_not_a_crash(
    sealed: Sealed, where: Callable[[bytes, x509.Certificate], int]
) -> None:
    """The envelope is open to anyone holding the ministry's public certificate, so the inner
    SignedData is attacker-controlled: a damaged embedded certificate must be a refusal."""
    cert = sealed.signed.signer
    der = cert.public_bytes(serialization.Encoding.DER)
    at = sealed.inner.find(der)
    assert at > 0
    tampered = flip(sealed.inner, at + where(der, cert))
    assert_refused(sealed.world, sealed.reenvelope(tampered), sealed.name, ("signature", "chain"))


# ----------------------------------------------------------------------------- wrong parties


def test_package_for_another_recipient_is_refused_at_decrypt(sealed: Sealed) -> None:
    _other_key, other = pki.create_ministry_encryption(*sealed.fake_root)
    data = seal(sealed.signed.payload, sealed.keys.units["P14"], other)
    assert_refused(sealed.world, data, sealed.name, ("decrypt",), "收件人")


def test_manifest_naming_another_recipient_is_refused(sealed: Sealed) -> None:
    payload = rebuilt(sealed.contents, manifest={"recipient": "0" * 64})
    assert_refused(sealed.world, sealed.seal(payload), sealed.name, ("principal",), "收件人")


def test_signer_certificate_expired_at_signing_time_is_refused(sealed: Sealed) -> None:
    """A P14 certificate from the real root, expired a year before the (honest) signing time."""
    root_key, root = sealed.keys.root
    genuine = sealed.keys.units["P14"][1]
    key = ec.generate_private_key(ec.SECP256R1())
    now = pki.utcnow()
    builder = (
        x509.CertificateBuilder()
        .subject_name(genuine.subject)
        .issuer_name(root.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=730))
        .not_valid_after(now - dt.timedelta(days=365))
    )
    for ext in genuine.extensions:
        if isinstance(ext.value, x509.SubjectKeyIdentifier):
            builder = builder.add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False
            )
        else:
            builder = builder.add_extension(ext.value, ext.critical)
    expired = builder.sign(root_key, hashes.SHA384())
    data = sealed.seal(sealed.signed.payload, (key, expired))
    assert_refused(sealed.world, data, sealed.name, ("chain",), "有效期")


def test_certificate_from_a_look_alike_root_is_refused(sealed: Sealed) -> None:
    fake_key, fake_root = sealed.fake_root
    assert fake_root.subject == sealed.keys.root[1].subject
    assert pki.fingerprint(fake_root) != pki.fingerprint(sealed.keys.root[1])
    key = pki.new_signing_key()
    request = pki.create_request(key, "P14", "山西省安全生产监督管理局")
    forged = pki.issue_unit_certificate(request, fake_key, fake_root, "P14")
    assert forged.subject == sealed.keys.units["P14"][1].subject
    data = sealed.seal(sealed.signed.payload, (key, forged))
    assert_refused(sealed.world, data, sealed.name, ("chain",), "根证书")


def test_valid_chain_alone_is_not_enough_the_signer_must_be_registered(sealed: Sealed) -> None:
    """A P14 certificate really issued by the ministry's root, but never registered to P14."""
    key = pki.new_signing_key()
    request = pki.create_request(key, "P14", "山西省安全生产监督管理局")
    unregistered = pki.issue_unit_certificate(request, *sealed.keys.root, "P14")
    data = sealed.seal(sealed.signed.payload, (key, unregistered))
    assert_refused(sealed.world, data, sealed.name, ("principal",), "登记")


def test_another_units_valid_certificate_claiming_this_unit_is_refused(sealed: Sealed) -> None:
    assert sealed.contents.manifest["unit_code"] == "P14"
    data = sealed.seal(sealed.signed.payload, sealed.keys.units["C14"])
    result = assert_refused(sealed.world, data, sealed.name, ("principal",), "C14", "P14")
    assert "冒用" in result.message


# ----------------------------------------------------------------------------- contents


def test_manifest_hash_mismatch_is_refused(sealed: Sealed) -> None:
    entries = raw_entries(sealed.signed.payload)
    data = sealed.contents.json("data.json")
    data["listing_items"][0]["summary"] += "（签名后改动）"
    changed = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")
    order = ["manifest.json", *package.CONTENT_FILES]
    payload = raw_zip([(n, changed if n == "data.json" else entries[n]) for n in order])
    assert raw_entries(payload)["manifest.json"] == entries["manifest.json"]
    assert_refused(sealed.world, sealed.seal(payload), sealed.name, ("hashes",), "data.json")


@pytest.mark.parametrize("evil", ["../evil", "/abs", "annex1/../../evil", "C:evil"])
def test_unsafe_zip_entry_names_are_refused(sealed: Sealed, evil: str) -> None:
    files = {**sealed.contents.files, evil: b"owned"}
    manifest = {**sealed.contents.manifest, "files": {n: package.sha256(d) for n, d in files.items()}}
    payload = raw_zip([("manifest.json", manifest_bytes(manifest)), *files.items()])
    assert evil in zipfile.ZipFile(io.BytesIO(payload)).namelist()
    assert_refused(sealed.world, sealed.seal(payload), sealed.name, ("zip",), evil, "不安全")


def _bomb(size: int, name: str = "data.json") -> tuple[bytes, str]:
    """A ZIP whose ``name`` inflates to ``size`` zero bytes, written in chunks (never in memory)."""
    chunk = bytes(1 << 20)
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        info = zipfile.ZipInfo(name, _EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as fh:
            for _ in range(size // len(chunk)):
                fh.write(chunk)
                digest.update(chunk)
    return buffer.getvalue(), digest.hexdigest()


def _with_entry(contents: package.Contents, entry_zip: bytes, digest: str) -> bytes:
    """The genuine package with one file replaced by the single (compressed) entry of
    ``entry_zip``, copied without inflating it; the manifest lists its true hash."""
    source = zipfile.ZipFile(io.BytesIO(entry_zip))
    entry = source.infolist()[0]
    manifest = {**contents.manifest, "files": {**contents.manifest["files"], entry.filename: digest}}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("manifest.json", _EPOCH), manifest_bytes(manifest))
        for other, data in contents.files.items():
            if other != entry.filename:
                archive.writestr(zipfile.ZipInfo(other, _EPOCH), data)
    # append the compressed entry as raw bytes: local header + data, then a new central directory
    with zipfile.ZipFile(buffer, "a") as archive, source.open(entry) as src:
        info = zipfile.ZipInfo(entry.filename, _EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as dst:
            while block := src.read(1 << 20):
                dst.write(block)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bomb_300mb() -> tuple[bytes, str]:
    return _bomb(300 * 1024 * 1024)


def test_zip_bomb_is_refused_fast_and_without_inflating(
    sealed: Sealed, bomb_300mb: tuple[bytes, str]
) -> None:
    payload = _with_entry(sealed.contents, *bomb_300mb)
    assert len(payload) < 2 * 1024 * 1024
    data = sealed.seal(payload)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert_refused(sealed.world, data, sealed.name, ("zip",), "data.json")
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 5
    assert peak < 32 * 1024 * 1024, f"intake allocated {peak / 2**20:.0f} MiB for a 300 MiB bomb"


def test_zip_entry_with_excessive_compression_ratio_is_refused(sealed: Sealed) -> None:
    small = _bomb(8 * 1024 * 1024)  # under the 64 MiB size limit, ratio about 1000:1
    info = zipfile.ZipFile(io.BytesIO(small[0])).infolist()[0]
    assert info.file_size <= package.MAX_FILE
    assert info.file_size / info.compress_size > package.MAX_RATIO
    payload = _with_entry(sealed.contents, *small)
    assert_refused(sealed.world, sealed.seal(payload), sealed.name, ("zip",), "压缩")


def test_zip_entry_lying_about_its_size_is_refused_not_a_crash(sealed: Sealed) -> None:
    """A bomb whose headers declare a small size: reading stops at the declared size (memory is
    safe), and the mismatch (bad CRC) must be a refusal, not an exception out of the intake."""
    raw = bytearray(_with_entry(sealed.contents, *_bomb(8 * 1024 * 1024)))
    declared = 4096
    entry = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("data.json")
    struct.pack_into("<I", raw, entry.header_offset + 22, declared)  # local header: uncompressed size
    central = raw.find(b"PK\x01\x02")
    while raw[central + 46 : central + 46 + len(b"data.json")] != b"data.json":
        central = raw.find(b"PK\x01\x02", central + 4)
    struct.pack_into("<I", raw, central + 24, declared)  # central directory: uncompressed size
    lying = zipfile.ZipFile(io.BytesIO(bytes(raw))).getinfo("data.json")
    assert lying.file_size == declared
    assert lying.file_size / lying.compress_size < package.MAX_RATIO
    assert_refused(sealed.world, sealed.seal(bytes(raw)), sealed.name, ("zip",))


def _entry_offsets(raw: bytes, name: str) -> tuple[int, int, int]:
    """Offsets of ``name``'s local header, its compressed data and its central directory record."""
    info = zipfile.ZipFile(io.BytesIO(raw)).getinfo(name)
    local = info.header_offset
    name_len, extra_len = struct.unpack_from("<HH", raw, local + 26)
    central = raw.find(b"PK\x01\x02")
    while raw[central + 46 : central + 46 + len(name)] != name.encode():
        central = raw.find(b"PK\x01\x02", central + 4)
    return local, local + 30 + name_len + extra_len, central


def _marked_encrypted(raw: bytearray, local: int, data: int, central: int) -> None:
    raw[local + 6] |= 0x01  # general purpose flag bit 0: "encrypted"
    raw[central + 8] |= 0x01


def _unknown_method(raw: bytearray, local: int, data: int, central: int) -> None:
    struct.pack_into("<H", raw, local + 8, 99)  # compression method 99 (AES) is not supported
    struct.pack_into("<H", raw, central + 10, 99)


def _corrupt_stream(raw: bytearray, local: int, data: int, central: int) -> None:
    size = struct.unpack_from("<I", raw, central + 20)[0]
    for offset in range(data + size // 4, data + size // 4 + 8):
        raw[offset] ^= 0xFF


@pytest.mark.parametrize(
    "damage",
    [_marked_encrypted, _unknown_method, _corrupt_stream],
    ids=["encrypted-entry", "unknown-compression-method", "corrupt-deflate-stream"],
)
def test_malformed_zip_entry_is_refused_not_a_crash(
    sealed: Sealed, damage: Callable[[bytearray, int, int, int], None]
) -> None:
    """Signed by the unit's real key, but the ZIP inside is damaged: a refusal at "zip"."""
    raw = bytearray(sealed.signed.payload)
    damage(raw, *_entry_offsets(bytes(raw), "data.json"))
    assert_refused(sealed.world, sealed.seal(bytes(raw)), sealed.name, ("zip",))


# ----------------------------------------------------------------------------- damaged files


def test_empty_file_is_refused_at_read(sealed: Sealed) -> None:
    assert_refused(sealed.world, b"", sealed.name, ("read",), "空")


def test_truncated_file_is_refused_at_decrypt(sealed: Sealed) -> None:
    data = sealed.exported[: len(sealed.exported) // 2]
    assert_refused(sealed.world, data, sealed.name, ("decrypt",))


def test_signed_but_unencrypted_package_is_refused_at_decrypt(sealed: Sealed) -> None:
    assert_refused(sealed.world, sealed.inner, sealed.name, ("decrypt",))


# ----------------------------------------------------------------------------- state: replay, revisions, revocation


def test_replay_of_the_same_package_is_a_duplicate_no_op(world: World) -> None:
    world.fill("P14", 2)
    exported = world.export("P14")
    data = exported.path.read_bytes()
    first = import_package(world.ministry, data, exported.path.name)
    assert first.status == "imported", first.message
    before = snapshot(world.ministry)
    again = import_package(world.ministry, data, exported.path.name)
    assert again.status == "duplicate"
    assert "同一报送包已于" in again.message
    assert "未重复导入" in again.message
    assert again.imported == 0
    assert again.receipt is None
    assert snapshot(world.ministry) == before


def test_older_revision_after_a_newer_one_is_refused(world: World) -> None:
    world.fill("P14", 2)
    r1 = world.export("P14")
    r2 = world.export("P14")
    assert (r1.revision, r2.revision) == (1, 2)
    newer = import_package(world.ministry, r2.path.read_bytes(), r2.path.name)
    assert newer.status == "imported", newer.message
    before = snapshot(world.ministry)
    older = import_package(world.ministry, r1.path.read_bytes(), r1.path.name)
    assert older.status == "refused"
    assert "旧版本" in older.message
    assert "第 2 版" in older.message
    assert snapshot(world.ministry) == before


def test_replay_of_an_older_revision_already_received_is_refused(world: World) -> None:
    """r1, r2, then r1 again: the file is identical to one received, but it is also an older
    revision than the current one — refused (not reported as a harmless duplicate)."""
    world.fill("P14", 2)
    r1 = world.export("P14")
    r2 = world.export("P14")
    for exported in (r1, r2):
        done = import_package(world.ministry, exported.path.read_bytes(), exported.path.name)
        assert done.status == "imported", done.message
    before = snapshot(world.ministry)
    replay = import_package(world.ministry, r1.path.read_bytes(), r1.path.name)
    assert snapshot(world.ministry) == before
    assert replay.status == "refused", replay.message
    assert "旧版本" in replay.message


def test_package_of_a_revoked_signer_is_refused(world: World) -> None:
    world.fill("P14", 2)
    exported = world.export("P14")  # signed before the revocation
    _key, cert = pki_service.signing_key(world.province("P14"))
    pki_service.revoke(world.ministry, pki.fingerprint(cert), "key_compromise")
    result = assert_refused(
        world, exported.path.read_bytes(), exported.path.name, ("chain", "principal"), "吊销"
    )
    assert "密钥泄露" in result.message
