"""Reading raw inputs: bytes to text, and the formats (text dumps, HTML pages, feeds) to documents."""
