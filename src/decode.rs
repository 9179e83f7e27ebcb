//! Bytes to text: byte-order marks, then UTF-8, then a detected legacy encoding
//! (Windows-1251, KOI8-R, Windows-1252...). Offsets in the graph refer to the decoded text.

use encoding_rs::Encoding;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("the file is empty")]
    Empty,
    #[error("this looks like a binary file, not text (it holds NUL bytes)")]
    Binary,
}

/// The decoded text and the name of the encoding it was read in.
pub fn decode(bytes: &[u8]) -> Result<(String, &'static str), DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok((text.into_owned(), encoding.name()));
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Err(DecodeError::Binary);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_string(), "UTF-8"));
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _, _) = encoding.decode(bytes);
    Ok((text.into_owned(), encoding.name()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn legacy_cyrillic_and_boms() {
        let (cp1251, _, _) =
            encoding_rs::WINDOWS_1251.encode("Министр иностранных дел России Сергей Лавров заявил журналистам");
        let (text, enc) = decode(&cp1251).unwrap();
        assert!(text.starts_with("Министр"), "{text} via {enc}");
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend("Hi".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode(&utf16).unwrap().0, "Hi");
        assert_eq!(decode(b"\xEF\xBB\xBFok").unwrap().0, "ok");
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"PK\x03\x04\x00\x00"), Err(DecodeError::Binary));
    }
}
