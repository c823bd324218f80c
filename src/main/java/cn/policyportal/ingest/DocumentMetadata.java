package cn.policyportal.ingest;

import java.time.LocalDate;

/**
 * What a document says about itself. A field the text does not state is {@code null}, never guessed.
 *
 * @param title        the name people use: for a 关于印发《X》的通知 it is X
 * @param noticeTitle  the full title of the wrapping notice, when there is one
 * @param docNumber    the 文号, such as 科发党字〔2020〕62号
 * @param issuer       the issuing body, from the signature or the title
 * @param date         the 成文日期
 * @param type         the kind of document (办法, 方案, 通知, 通报, …), from the title's ending
 * @param disclosure   the disclosure note, such as 主动公开
 * @param titleFromText whether the title was read from the text (otherwise it is the file name)
 * @param place        the province, city or county a local rule or notice is made for (北京市, 杭州市),
 *                     from its enacting lines or title; {@code null} for a national one
 */
public record DocumentMetadata(
        String title,
        String noticeTitle,
        String docNumber,
        String issuer,
        LocalDate date,
        String type,
        String disclosure,
        boolean titleFromText,
        String place) {

    /** The year of {@link #date()}, or {@code null}. */
    public Integer year() {
        return date == null ? null : date.getYear();
    }
}
