/** Shows stored documents: metadata, paragraphs, outline, units, single articles and citations both ways. */
package cn.policyportal.documents;
