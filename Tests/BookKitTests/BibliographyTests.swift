import XCTest
@testable import BookKit

final class BibliographyTests: XCTestCase {
    static let bib = """
    % A comment with @misc in it.
    @string{nc = "Neural Computation"}
    @article{amari1998,
      author = {Shun-ichi Amari}, title = "Natural Gradient Works {Efficiently}",
      journal = nc, year = 1998, pages = {251--276}, doi = {10.1162/089976698300017746}
    }
    @inproceedings{martens2015, author = {Martens, James and Grosse, Roger},
      title = {Optimizing with {K}ronecker factors}, booktitle = {ICML}, year = {2015}}
    @misc{cohen2021, author = {Jeremy Cohen and Simran Kaur and others}, title = {Edge of stability},
      year = {2021}, url = {https://example.org/~cohen}}
    @book{broken, title = {Missing brace}
    @misc{jacot2018, author = {Cl{\\'e}ment Hongler and Arthur Jacot and Franck Gabriel}, title = {NTK}, year = {2018}}
    """

    func testParsesEntriesAndRecoversFromErrors() {
        let (entries, problems) = BibTeXParser.parse(Self.bib)
        XCTAssertEqual(entries.map(\.key), ["amari1998", "martens2015", "cohen2021", "jacot2018"])
        XCTAssertEqual(entries[0].fields["journal"], "Neural Computation")
        XCTAssertEqual(entries[0].fields["title"], "Natural Gradient Works Efficiently")
        XCTAssertEqual(entries[0].fields["pages"], "251–276")
        XCTAssertEqual(entries[0].line, 3)
        XCTAssertEqual(entries[2].fields["url"], "https://example.org/~cohen")
        XCTAssertEqual(entries[3].fields["author"], "Clément Hongler and Arthur Jacot and Franck Gabriel")
        XCTAssertEqual(problems.map(\.line), [11], "\(problems)")
    }

    func testAuthorYearLabelsAndReferences() {
        let bibliography = Bibliography(entries: BibTeXParser.parse(Self.bib).entries)
        XCTAssertEqual(bibliography.authors("amari1998"), "Amari")
        XCTAssertEqual(bibliography.authors("martens2015"), "Martens & Grosse")
        XCTAssertEqual(bibliography.authors("cohen2021"), "Cohen et al.")
        XCTAssertEqual(bibliography.authors("jacot2018"), "Hongler et al.")
        XCTAssertEqual(bibliography.year("martens2015"), "2015")
        XCTAssertEqual(bibliography.sorted(["martens2015", "amari1998", "cohen2021", "unknown"]),
                       ["amari1998", "cohen2021", "martens2015"])
        let reference = bibliography.referenceHTML("martens2015")
        XCTAssertEqual(reference, "Martens, J., &amp; Grosse, R. (2015). Optimizing with Kronecker factors. <em>ICML</em>.")
        XCTAssertTrue(bibliography.referenceHTML("amari1998").hasSuffix("<a href=\"https://doi.org/10.1162/089976698300017746\">https://doi.org/10.1162/089976698300017746</a>"))
    }

    func testSameAuthorAndYearGetLetters() {
        let bib = "@misc{b, author={Roger Grosse}, title={B title}, year=2021}\n@misc{a, author={Roger Grosse}, title={A title}, year=2021}"
        let bibliography = Bibliography(entries: BibTeXParser.parse(bib).entries)
        XCTAssertEqual(bibliography.year("a"), "2021a")
        XCTAssertEqual(bibliography.year("b"), "2021b")
    }
}
